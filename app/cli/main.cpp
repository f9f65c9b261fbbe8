// storelens-cli: the scriptable interface to StoreLens workspaces.
#include "CliContext.h"
#include "DaemonCommands.h"
#include "GroupCommands.h"
#include "RateCommands.h"
#include "ReportCommands.h"
#include "SimCommands.h"
#include "StoreCommands.h"
#include "SyncCommands.h"
#include "WorkspaceCommands.h"
#include "common/Translations.h"

#include <QCoreApplication>

using namespace storelens;
using namespace storelens::cli;

namespace {
class Help
{
    Q_DECLARE_TR_FUNCTIONS(Help)
public:
    // One translatable section per command group, so that a new command
    // changes one section, not the whole text.
    static QString text()
    {
        return tr("Usage: storelens-cli COMMAND ...\n") + QLatin1Char('\n') +
               tr("Workspaces (one encrypted file each; an agency keeps one per client):\n"
                  "  workspace create NAME [--passphrase]\n"
                  "  workspace list [--json]\n"
                  "  workspace rename OLD NEW\n"
                  "  workspace delete NAME [--yes]\n") +
               QLatin1Char('\n') +
               tr("Stores:\n"
                  "  store add --workspace W --platform shopify --shop DOMAIN\n"
                  "            (--token-env VAR | --client-id ID --client-secret-env VAR)\n"
                  "            [--api-base URL] [--name N] [--offline]\n"
                  "  store list --workspace W [--json]\n"
                  "  store remove --workspace W STORE\n") +
               QLatin1Char('\n') +
               tr("Sync:\n"
                  "  sync --workspace W [--store S] [--full] [--json-progress]\n"
                  "  import-bulk --workspace W --store S FILE.jsonl\n"
                  "  sync-log --workspace W [--store S] [--limit N] [--json]\n"
                  "  daemon --workspace W\n") +
               QLatin1Char('\n') +
               tr("Reports (shop-local days; the previous period of equal length alongside):\n"
                  "  report --workspace W [--store S | --group G] --from YYYY-MM-DD\n"
                  "         --to YYYY-MM-DD [--currency CUR] [--series day|week|month]\n"
                  "         [--top-products N | --top-variants N] [--top-customers N]\n"
                  "         [--json | --format text|json|csv]\n"
                  "  group create --workspace W NAME STORE [STORE ...]\n"
                  "  group list --workspace W [--json]\n"
                  "  group delete --workspace W NAME\n") +
               QLatin1Char('\n') +
               tr("Exchange rates (for reports of stores with different currencies):\n"
                  "  rates set --workspace W BASE QUOTE RATE    (1 BASE = RATE QUOTE)\n"
                  "  rates import --workspace W FILE            (CSV lines BASE,QUOTE,RATE)\n"
                  "  rates list --workspace W [--json]\n"
                  "  rates remove --workspace W BASE QUOTE\n") +
               QLatin1Char('\n') +
               tr("Simulators (a local store to try StoreLens against):\n"
                  "  sim shopify [--port P] [--seed S] [--orders N]\n"
                  "              [--plan standard|advanced|plus|enterprise]\n"
                  "              [--faults RATE] [--time-scale X]\n"
                  "  sim woocommerce [--port P] [--seed S] [--orders N] [--faults RATE]\n"
                  "              [--latency-ms MS] [--max-concurrent N] [--time-scale X]\n"
                  "              [--woo-version V] [--plain-permalinks] [--behind-https]\n") +
               QLatin1Char('\n') +
               tr("STORE is a store's name or shop domain. Without --store or --group a report\n"
                  "covers all stores. Secrets are read from environment variables, never from\n"
                  "the command line. Without a system keychain, set STORELENS_PASSPHRASE or run\n"
                  "on a terminal to be asked for the passphrase. STORELENS_HOME overrides where\n"
                  "workspaces are kept.\n") +
               QLatin1Char('\n') +
               tr("Every command answers --help with its usage and options, e.g.\n"
                  "\"storelens-cli report --help\" or \"storelens-cli store add --help\".\n");
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StoreLens"));
    QCoreApplication::setApplicationName(QStringLiteral("StoreLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORELENS_VERSION));
    Translations::install();

    CliContext context;
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("help") ||
        args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        context.out() << Help::text();
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        context.out() << "storelens-cli " << STORELENS_VERSION << Qt::endl;
        return Ok;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("workspace"))
        return WorkspaceCommands(context).run(args);
    if (command == QLatin1String("store"))
        return StoreCommands(context).run(args);
    if (command == QLatin1String("sync"))
        return SyncCommands(context).sync(args);
    if (command == QLatin1String("import-bulk"))
        return SyncCommands(context).importBulk(args);
    if (command == QLatin1String("sync-log"))
        return DaemonCommands(context).syncLog(args);
    if (command == QLatin1String("daemon"))
        return DaemonCommands(context).daemon(args);
    if (command == QLatin1String("sim"))
        return SimCommands(context).run(args);
    if (command == QLatin1String("report"))
        return ReportCommands(context).run(args);
    if (command == QLatin1String("rates"))
        return RateCommands(context).run(args);
    if (command == QLatin1String("group"))
        return GroupCommands(context).run(args);
    return context.usage(
        QCoreApplication::translate("main", "unknown command \"%1\".").arg(command));
}
