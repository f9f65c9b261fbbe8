#include "SyncHistoryDialog.h"

#include "SyncHistoryModel.h"
#include "session/DbWorker.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace storelens {

SyncHistoryDialog::SyncHistoryDialog(WorkspaceSession &session, qint64 storeId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_storeId(storeId)
{
    const auto store = session.store(storeId);
    m_storeName = store ? store->name : QString();
    setWindowTitle(tr("Sync History — %1").arg(m_storeName));
    setObjectName(QStringLiteral("syncHistoryDialog"));

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading the sync history…"), this);
    m_summary->setObjectName(QStringLiteral("syncHistorySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new SyncHistoryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("syncHistoryTable"));
    m_table->setAccessibleName(tr("Sync runs of %1").arg(m_storeName));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *detailsLabel = new QLabel(tr("&Details of the selected sync:"), this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("syncRunDetails"));
    m_details->setAccessibleName(tr("Details of the selected sync"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    detailsLabel->setBuddy(m_details);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_syncNow = buttons->addButton(tr("&Sync Now"), QDialogButtonBox::ActionRole);
    m_syncNow->setToolTip(tr("Sync %1 now").arg(m_storeName));
    connect(m_syncNow, &QPushButton::clicked, this,
            [this] { m_session.sync().syncStore(m_storeId); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncHistoryDialog::showDetails);
    SyncController *sync = &session.sync();
    connect(sync, &SyncController::started, this, &SyncHistoryDialog::reload);
    connect(sync, &SyncController::finished, this, &SyncHistoryDialog::reload);
    resize(1060, 480);
    reload();
}

void SyncHistoryDialog::reload()
{
    const qint64 storeId = m_storeId;
    m_session.reader().post(
        this, [storeId](Database &db) { return SyncRunHistory::read(db, storeId); },
        [this](DbResult<QList<SyncRun>> result) {
            if (!result.ok()) {
                m_summary->setText(tr("Could not read the sync history: %1").arg(result.error));
                return;
            }
            const qint64 selected = m_table->currentIndex().isValid()
                                        ? m_model->run(m_table->currentIndex().row()).id
                                        : 0;
            m_model->setRuns(*result, m_session.sync().state(m_storeId).running);
            const QList<SyncRun> &runs = m_model->runs();
            if (runs.isEmpty()) {
                m_summary->setText(tr("%1 has not synced yet.").arg(m_storeName));
            } else {
                int failed = 0;
                for (const SyncRun &r : runs)
                    failed += r.status == QLatin1String("failed");
                const QLocale locale;
                // Counts after a colon: no plural forms for English to get wrong.
                m_summary->setText(failed
                                       ? tr("Every sync of %1, newest first. Runs: %2, failed: %3.")
                                             .arg(m_storeName, locale.toString(runs.size()),
                                                  locale.toString(failed))
                                       : tr("Every sync of %1, newest first. Runs: %2.")
                                             .arg(m_storeName, locale.toString(runs.size())));
            }
            int row = 0;
            for (int i = 0; i < runs.size(); ++i) {
                if (runs.at(i).id == selected)
                    row = i;
            }
            if (!runs.isEmpty())
                m_table->setCurrentIndex(m_model->index(row, 0));
            showDetails();
            m_table->resizeColumnsToContents();
            emit loaded();
        },
        QStringLiteral("syncHistory/%1").arg(storeId));
}

void SyncHistoryDialog::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const SyncRun &run = m_model->run(current.row());
    const QLocale locale;
    QStringList lines;
    lines << tr("%1, started %2 (%3).")
                 .arg(m_model->index(current.row(), SyncHistoryModel::Outcome).data().toString(),
                      locale.toString(QDateTime::fromMSecsSinceEpoch(run.startedMs),
                                      QLocale::LongFormat),
                      SyncRunHistory::triggerTitle(run.trigger));
    if (!run.errorMessage.isEmpty())
        lines << run.errorMessage;
    if (!run.errorDetail.isEmpty())
        lines << tr("Technical detail: %1").arg(run.errorDetail);
    if (!run.errorKind.isEmpty())
        lines << tr("Error kind: %1").arg(run.errorKind);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace storelens
