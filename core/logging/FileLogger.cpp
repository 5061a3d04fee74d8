#include "FileLogger.h"

#include "flow/SecretMasker.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRegularExpression>
#include <atomic>

namespace mcpauth {

namespace {

std::atomic<FileLogger*> g_logger{nullptr};

const SecretMasker& masker()
{
    static const SecretMasker instance;
    return instance;
}

} // namespace

FileLogger::FileLogger(const QString& filePath, qint64 maxBytes, int keep)
    : m_path(filePath)
    , m_maxBytes(qMax<qint64>(1024, maxBytes))
    , m_keep(qMax(1, keep))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    g_logger.store(this);
    m_previous = qInstallMessageHandler(&FileLogger::handle);
}

FileLogger::~FileLogger()
{
    qInstallMessageHandler(m_previous);
    g_logger.store(nullptr);
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

bool FileLogger::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.isOpen();
}

QString FileLogger::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.errorString();
}

QString FileLogger::activeFilePath()
{
    const FileLogger* logger = g_logger.load();
    return logger ? logger->m_path : QString();
}

void FileLogger::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    FileLogger* logger = g_logger.load();
    if (!logger)
        return;
    // The masked text goes to stderr too: a terminal's scrollback is a log as well.
    const QString masked = maskSecrets(message);
    logger->write(formatLine(type, context.category, masked));
    if (logger->m_previous)
        logger->m_previous(type, context, masked);
}

QString FileLogger::formatLine(QtMsgType type, const char* category, const QString& message)
{
    char level = 'I';
    switch (type) {
    case QtDebugMsg:
        level = 'D';
        break;
    case QtInfoMsg:
        level = 'I';
        break;
    case QtWarningMsg:
        level = 'W';
        break;
    case QtCriticalMsg:
        level = 'E';
        break;
    case QtFatalMsg:
        level = 'F';
        break;
    }
    QString text = maskSecrets(message);
    // One message, one line: a multi-line message would look like several entries.
    text.replace(QLatin1Char('\n'), QLatin1String("\n    "));
    return QStringLiteral("%1 %2 %3: %4\n")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QString(QLatin1Char(level)),
            category ? QString::fromUtf8(category) : QStringLiteral("default"), text);
}

QString FileLogger::maskSecrets(const QString& text)
{
    QString out = masker().maskText(text);
    // Credentials after an authentication scheme, and JWTs wherever they stand: shapes maskText does not
    // see because no parameter name comes before them.
    static const QRegularExpression scheme(QStringLiteral(R"(\b(Bearer|Basic|DPoP)\s+([A-Za-z0-9._~+/=-]{8,}))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(QStringLiteral(R"(\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"));
    auto replace = [](const QString& in, const QRegularExpression& re, int group) {
        QString result;
        qsizetype last = 0;
        auto it = re.globalMatch(in);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            result += QStringView(in).mid(last, m.capturedStart(group) - last);
            result += SecretMasker::marker(m.captured(group));
            last = m.capturedEnd(group);
        }
        if (last == 0)
            return in;
        result += QStringView(in).mid(last);
        return result;
    };
    out = replace(out, scheme, 2);
    return replace(out, jwt, 0);
}

void FileLogger::write(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes)
        rotate();
    m_file.write(bytes);
    m_file.flush();
}

void FileLogger::rotate()
{
    m_file.close();
    QFile::remove(m_path + QStringLiteral(".%1").arg(m_keep));
    for (int i = m_keep - 1; i >= 1; --i)
        QFile::rename(m_path + QStringLiteral(".%1").arg(i), m_path + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString FileLogger::filterRules(LogLevel level)
{
    switch (level) {
    case LogLevel::Errors:
        return QStringLiteral("*.debug=false\n*.info=false\n*.warning=false");
    case LogLevel::Warnings:
        return QStringLiteral("*.debug=false\n*.info=false");
    case LogLevel::Info:
        return QStringLiteral("*.debug=false");
    case LogLevel::Debug:
        return QStringLiteral("*.debug=false\nmcpauth.*.debug=true");
    }
    return {};
}

QString FileLogger::levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Errors:
        return QStringLiteral("errors");
    case LogLevel::Warnings:
        return QStringLiteral("warnings");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Debug:
        return QStringLiteral("debug");
    }
    return {};
}

std::optional<LogLevel> FileLogger::levelFromName(const QString& name)
{
    for (const LogLevel level : {LogLevel::Errors, LogLevel::Warnings, LogLevel::Info, LogLevel::Debug}) {
        if (name.compare(levelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

} // namespace mcpauth
