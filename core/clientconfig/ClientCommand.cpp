#include "ClientCommand.h"

#include <QRegularExpression>

namespace mcpauth {

QString ClientCommand::quoteArgument(const QString& argument, TargetOs os)
{
    if (os == TargetOs::Windows) {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./\\\\{}-]+$"));
        if (plain.match(argument).hasMatch())
            return argument;
        // Backslashes only need doubling where they precede a quote (CommandLineToArgvW).
        QString out = QStringLiteral("\"");
        qsizetype backslashes = 0;
        for (const QChar c : argument) {
            if (c == QLatin1Char('\\')) {
                ++backslashes;
                continue;
            }
            if (c == QLatin1Char('"')) {
                out += QString(backslashes * 2 + 1, QLatin1Char('\\'));
            } else {
                out += QString(backslashes, QLatin1Char('\\'));
            }
            backslashes = 0;
            out += c;
        }
        out += QString(backslashes * 2, QLatin1Char('\\'));
        return out + QLatin1Char('"');
    }
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString escaped = argument;
    escaped.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString ClientCommand::text(TargetOs os) const
{
    QStringList quoted;
    for (const QString& a : argv)
        quoted << quoteArgument(a, os);
    return quoted.join(QLatin1Char(' '));
}

} // namespace mcpauth
