#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QSaveFile>
#include <functional>
#include <memory>

namespace mcpauth {

// Writes rows that arrive page by page (from a backend) to a CSV or JSON file. Each page is written as
// it arrives, so the UI thread only ever formats one page at a time, and a cancel leaves the target
// file untouched (QSaveFile commits only a complete export).
class PagedExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedExporter)

public:
    enum class Format { Csv, Json };

    struct Page
    {
        QList<QJsonObject> rows;
        bool more = false;
    };
    // Asks for the next page; calls `deliver` once with it (asynchronously, on this object's thread).
    using FetchNext = std::function<void(std::function<void(Result<Page>)> deliver)>;

    // `columns`: the keys of each row, in order (the CSV header, the JSON objects' keys).
    PagedExporter(const QString& path, Format format, QStringList columns, FetchNext fetch, QObject* parent = nullptr);
    ~PagedExporter() override;

    [[nodiscard]] static Format formatForPath(const QString& path);

    void start();
    // Stops after the page on its way; the file is not written, and cancelled() is emitted instead of
    // finished().
    void cancel();
    [[nodiscard]] qint64 written() const { return m_written; }

Q_SIGNALS:
    void progress(qint64 rowsWritten);
    void finished(const mcpauth::Status& status, qint64 rowsWritten);
    void cancelled();

private:
    void fetchNext();
    void writePage(const Page& page);
    void finish(const Status& status);
    [[nodiscard]] static QByteArray csvField(const QString& value);

    std::unique_ptr<QSaveFile> m_file;
    Format m_format;
    QStringList m_columns;
    FetchNext m_fetch;
    qint64 m_written = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace mcpauth
