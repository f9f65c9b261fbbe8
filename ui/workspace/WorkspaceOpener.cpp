#include "WorkspaceOpener.h"

#include "PassphraseDialog.h"
#include "session/WorkspaceThread.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"

namespace storelens {

namespace {
struct Outcome
{
    std::unique_ptr<Workspace> workspace;
    std::optional<WorkspaceError::Kind> error;
    QString message;
};

template <typename F>
Outcome guarded(F f)
{
    Outcome outcome;
    try {
        outcome.workspace = f();
    } catch (const WorkspaceError &e) {
        outcome.error = e.kind();
        outcome.message = e.message();
    } catch (const std::exception &e) {
        outcome.error = WorkspaceError::Kind::Io;
        outcome.message = QString::fromUtf8(e.what());
    }
    return outcome;
}
} // namespace

WorkspaceOpener::WorkspaceOpener(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{}

std::optional<QString> WorkspaceOpener::environmentPassphrase()
{
    const QString value = qEnvironmentVariable("STORELENS_PASSPHRASE");
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

void WorkspaceOpener::setBusy(bool busy)
{
    const bool was = isBusy();
    m_busy += busy ? 1 : -1;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void WorkspaceOpener::setPassphraseHint(const QString &name, const QString &passphrase)
{
    m_hints.insert(name, passphrase);
}

void WorkspaceOpener::open(const QString &name, Done done)
{
    const std::optional<WorkspaceMeta> meta = WorkspaceDirectory().meta(name);
    const bool needsPassphrase = meta && meta->keySource == WorkspaceMeta::KeySource::Passphrase;
    std::optional<QString> fromEnvironment = environmentPassphrase();
    if (!fromEnvironment && m_hints.contains(name))
        fromEnvironment = m_hints.value(name);
    if (needsPassphrase && !fromEnvironment) {
        ask(name, {}, std::move(done));
        return;
    }
    attempt(name, needsPassphrase ? fromEnvironment : std::nullopt, std::move(done),
            needsPassphrase);
}

void WorkspaceOpener::attempt(const QString &name, const std::optional<QString> &passphrase,
                              Done done, bool fromEnvironment)
{
    setBusy(true);
    WorkspaceThread::instance().post(
        this,
        [name, passphrase] {
            return guarded([&] { return WorkspaceDirectory().open(name, passphrase); });
        },
        [this, name, done, fromEnvironment](Outcome outcome) {
            setBusy(false);
            if (outcome.workspace) {
                done(std::move(outcome.workspace));
                return;
            }
            using Kind = WorkspaceError::Kind;
            if (outcome.error == Kind::PassphraseRequired ||
                outcome.error == Kind::WrongPassphrase) {
                // A wrong passphrase from the environment is not the user's
                // typing: ask without blaming them.
                ask(name,
                    outcome.error == Kind::WrongPassphrase && !fromEnvironment
                        ? tr("Wrong passphrase. Try again.")
                        : QString(),
                    done);
                return;
            }
            emit failed(tr("Cannot open workspace \"%1\"").arg(name), outcome.message);
            done(nullptr);
        });
}

void WorkspaceOpener::ask(const QString &name, const QString &error, Done done)
{
    auto *dialog = new PassphraseDialog(name, error, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, name, done](int result) {
        if (result != QDialog::Accepted) {
            done(nullptr);
            return;
        }
        attempt(name, dialog->passphrase(), done, false);
    });
    dialog->open();
}

void WorkspaceOpener::create(const QString &name, const std::optional<QString> &passphrase,
                             Done done)
{
    setBusy(true);
    WorkspaceThread::instance().post(
        this,
        [name, passphrase] {
            return guarded([&] { return WorkspaceDirectory().create(name, passphrase); });
        },
        [this, name, done](Outcome outcome) {
            setBusy(false);
            if (!outcome.workspace)
                emit failed(tr("Cannot create workspace \"%1\"").arg(name), outcome.message);
            done(std::move(outcome.workspace));
        });
}

} // namespace storelens
