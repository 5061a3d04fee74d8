// fault-server: the diagnosis test server, for manual runs (tests start FaultServer in-process).
#include "FaultServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("An MCP server and authorization server with one fault."));
    parser.addHelpOption();
    const QCommandLineOption faultOption(QStringLiteral("fault"), QStringLiteral("The fault (see --list)."),
        QStringLiteral("name"), QStringLiteral("none"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("The port on 127.0.0.1 (0: any)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("List the faults."));
    parser.addOptions({faultOption, portOption, listOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(listOption)) {
        for (const auto fault : mcpauth::test::FaultServer::allFaults())
            out << mcpauth::test::FaultServer::faultName(fault) << '\n';
        return 0;
    }
    const auto fault = mcpauth::test::FaultServer::faultFromName(parser.value(faultOption));
    if (!fault) {
        err << "Unknown fault " << parser.value(faultOption) << "; --list shows them.\n";
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "The port must be a number from 0 to 65535.\n";
        return 2;
    }
    mcpauth::test::FaultServer server(*fault);
    const auto listening = server.start(static_cast<quint16>(port));
    if (!listening) {
        err << listening.error().message << '\n';
        return 1;
    }
    out << "fault " << mcpauth::test::FaultServer::faultName(*fault) << ": MCP server at " << server.mcpUrl()
        << ", issuer " << server.origin() << Qt::endl;
    return app.exec();
}
