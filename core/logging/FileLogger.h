#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace mcpauth {

class SecretMasker;

// How much the console and the CLI write to their log, from Preferences (or --log-level).
enum class LogLevel { Errors, Warnings, Info, Debug };

// The log file both programs write in the data folder (qBittorrent's FileLogger, Nextcloud's Logger):
// every Qt message goes to the file as one line, from any thread (the writes are serialized), flushed
// at once so that a crash loses nothing. At `maxBytes` the file rotates: name.log becomes name.log.1,
// and so on up to `keep` old files. Every line goes through a SecretMasker first, as the last line of
// defence: the code never logs tokens, codes, verifiers or secrets, and if it ever did, the file would
// hold "[masked, 43 chars]" instead.
class FileLogger final
{
    Q_DISABLE_COPY_MOVE(FileLogger)

public:
    static constexpr qint64 kDefaultMaxBytes = 5 * 1024 * 1024;
    static constexpr int kDefaultKeep = 3;

    // Installs the message handler (messages still reach the previous handler, e.g. stderr). One logger
    // at a time: the destructor restores the previous handler.
    explicit FileLogger(const QString& filePath, qint64 maxBytes = kDefaultMaxBytes, int keep = kDefaultKeep);
    ~FileLogger();

    // False when the file could not be opened (a read-only data folder): messages go to the previous
    // handler only.
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] QString errorString() const;
    // The file of the logger installed now; empty when there is none.
    [[nodiscard]] static QString activeFilePath();

    // The line written for a message: time, level, category and the masked text.
    [[nodiscard]] static QString formatLine(QtMsgType type, const char* category, const QString& message);
    // The text with every secret masked, including bearer credentials and JWTs outside key=value shapes.
    [[nodiscard]] static QString maskSecrets(const QString& text);

    // QLoggingCategory filter rules for a level; "debug" turns on the mcpauth.* debug categories only
    // (Qt's own are too chatty for an administrator's log).
    [[nodiscard]] static QString filterRules(LogLevel level);
    [[nodiscard]] static QString levelName(LogLevel level);
    [[nodiscard]] static std::optional<LogLevel> levelFromName(const QString& name);

    // The file in the data folder.
    [[nodiscard]] static QString defaultFileName() { return QStringLiteral("mcpauth-console.log"); }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);
    void write(const QString& line);
    void rotate();

    QString m_path;
    qint64 m_maxBytes = kDefaultMaxBytes;
    int m_keep = kDefaultKeep;
    mutable QMutex m_mutex;
    QFile m_file;
    QtMessageHandler m_previous = nullptr;
};

} // namespace mcpauth
