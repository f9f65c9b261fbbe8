#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace storelens {

class Workspace;

// Opens and creates workspaces on the keychain thread (the keychain read, the
// passphrase's key derivation and any migration take a while), unlocking
// through the keychain silently or asking for the passphrase: a wrong one is
// said to be wrong and asked for again. Errors are reported through
// `failed` with their user-facing message.
class WorkspaceOpener : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(std::unique_ptr<Workspace>)>;

    explicit WorkspaceOpener(QWidget *dialogParent, QObject *parent = nullptr);

    // `done` gets the open workspace, or null when it could not be opened or
    // the user cancelled.
    void open(const QString &name, Done done);
    void create(const QString &name, const std::optional<QString> &passphrase, Done done);
    bool isBusy() const { return m_busy > 0; }
    // A passphrase to try for a workspace before asking (the demo's own).
    void setPassphraseHint(const QString &name, const QString &passphrase);

    // STORELENS_PASSPHRASE, tried once before asking.
    static std::optional<QString> environmentPassphrase();

signals:
    void busyChanged(bool busy);
    void failed(const QString &title, const QString &message);

private:
    void attempt(const QString &name, const std::optional<QString> &passphrase, Done done,
                 bool fromEnvironment);
    void ask(const QString &name, const QString &error, Done done);
    void setBusy(bool busy);
    QPointer<QWidget> m_dialogParent;
    QHash<QString, QString> m_hints;
    int m_busy = 0;
};

} // namespace storelens
