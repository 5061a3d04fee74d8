#include "PagedExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace mcpauth {

PagedExporter::PagedExporter(const QString& path, Format format, QStringList columns, FetchNext fetch, QObject* parent)
    : QObject(parent)
    , m_file(std::make_unique<QSaveFile>(path))
    , m_format(format)
    , m_columns(std::move(columns))
    , m_fetch(std::move(fetch))
{ }

PagedExporter::~PagedExporter()
{
    if (m_file && m_file->isOpen())
        m_file->cancelWriting();
}

PagedExporter::Format PagedExporter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

void PagedExporter::start()
{
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(Error::make(
            ErrorCode::Io, tr("The file %1 could not be written: %2").arg(m_file->fileName(), m_file->errorString())));
        return;
    }
    if (m_format == Format::Csv) {
        QByteArray header;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                header += ',';
            header += csvField(m_columns.at(i));
        }
        m_file->write(header + "\r\n");
    } else {
        m_file->write("[");
    }
    fetchNext();
}

void PagedExporter::cancel()
{
    m_cancelled = true;
}

void PagedExporter::fetchNext()
{
    if (m_cancelled) {
        finish({});
        return;
    }
    QPointer<PagedExporter> self(this);
    m_fetch([self](Result<Page> page) {
        if (!self || self->m_done)
            return;
        if (!page) {
            self->finish(page.error());
            return;
        }
        self->writePage(*page);
        Q_EMIT self->progress(self->m_written);
        if (page->more)
            self->fetchNext();
        else
            self->finish({});
    });
}

void PagedExporter::writePage(const Page& page)
{
    QByteArray out;
    for (const QJsonObject& row : page.rows) {
        if (m_format == Format::Csv) {
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                if (i > 0)
                    out += ',';
                const QJsonValue value = row.value(m_columns.at(i));
                QString text;
                if (value.isArray()) {
                    QStringList parts;
                    for (const QJsonValue& v : value.toArray())
                        parts << v.toString();
                    text = parts.join(QLatin1Char(' '));
                } else if (value.isObject()) {
                    text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
                } else {
                    text = value.toVariant().toString();
                }
                out += csvField(text);
            }
            out += "\r\n";
        } else {
            out += m_written == 0 ? "\n  " : ",\n  ";
            out += QJsonDocument(row).toJson(QJsonDocument::Compact);
        }
        ++m_written;
    }
    m_file->write(out);
}

void PagedExporter::finish(const Status& status)
{
    if (m_done)
        return;
    m_done = true;
    Status result = status;
    if (m_cancelled) {
        m_file->cancelWriting();
        Q_EMIT cancelled();
        return;
    }
    if (result) {
        if (m_format == Format::Json)
            m_file->write(m_written == 0 ? "]\n" : "\n]\n");
        if (!m_file->commit()) {
            result = Error::make(ErrorCode::Io,
                tr("The file %1 could not be written: %2").arg(m_file->fileName(), m_file->errorString()));
        }
    } else if (m_file->isOpen()) {
        m_file->cancelWriting();
    }
    Q_EMIT finished(result, m_written);
}

QByteArray PagedExporter::csvField(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    // A leading = + - @ would make a spreadsheet evaluate the field as a formula (CSV injection).
    if (!utf8.isEmpty() && QByteArrayView("=+-@").contains(utf8.at(0)))
        utf8.prepend('\'');
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace mcpauth
