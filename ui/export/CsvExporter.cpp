#include "CsvExporter.h"

#include "CsvWriter.h"
#include "session/ThreadPriority.h"
#include "session/WorkspaceSession.h"
#include "storage/DatabaseError.h"
#include "storage/Workspace.h"

#include <QSaveFile>
#include <QThread>

namespace storelens {

CsvExporter::CsvExporter(WorkspaceSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

CsvExporter::~CsvExporter()
{
    m_cancelled = true;
    if (m_thread)
        m_thread->wait();
}

void CsvExporter::start(const TableQuery &query, const QString &path)
{
    const Workspace *workspace = &m_session.workspace();
    const QList<Store> stores = m_session.stores();
    m_thread.reset(QThread::create([this, workspace, stores, query, path] {
        ThreadPriority::lowerCurrentThread();
        QString error;
        qint64 rows = 0;
        try {
            const std::unique_ptr<Database> db =
                workspace->openConnection(Database::OpenMode::ReadOnly);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                throw std::runtime_error(
                    tr("Cannot write %1: %2").arg(path, file.errorString()).toStdString());
            const CsvWriter writer(query.spec(), stores);
            file.write(writer.header());
            query.forEach(*db, kBatchRows, [&](const std::vector<TableRow> &batch) {
                for (const TableRow &r : batch)
                    file.write(writer.row(r));
                rows += qint64(batch.size());
                m_rows = rows;
                QMetaObject::invokeMethod(
                    this, [this, rows] { emit progressed(rows); }, Qt::QueuedConnection);
                return !m_cancelled.load();
            });
            if (m_cancelled) {
                file.cancelWriting();
                error = tr("The export was cancelled.");
            } else if (!file.commit()) {
                error = tr("Cannot write %1: %2").arg(path, file.errorString());
            }
        } catch (const DatabaseError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, rows, error] { emit finished(rows, error); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("csv-export"));
    m_thread->start();
}

} // namespace storelens
