#include "ExportFlow.h"

#include "widgets/ErrorMessage.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>

namespace mcpauth {

ExportFlow::ExportFlow(QWidget* parent, const QString& suggestedName, QStringList columns, qint64 expectedRows,
    PagedExporter::FetchNext fetch)
    : QObject(parent)
    , m_parent(parent)
    , m_suggestedName(suggestedName)
    , m_columns(std::move(columns))
    , m_expectedRows(expectedRows)
    , m_fetch(std::move(fetch))
{ }

ExportFlow::~ExportFlow() = default;

void ExportFlow::start()
{
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_fileDialog
        = new QFileDialog(m_parent, tr("Export"), QDir(folder).filePath(m_suggestedName + QStringLiteral(".csv")));
    m_fileDialog->setObjectName(QStringLiteral("exportFileDialog"));
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setNameFilters({csvFilter, jsonFilter});
    m_fileDialog->setDefaultSuffix(QStringLiteral("csv"));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fileDialog, &QFileDialog::filterSelected, m_fileDialog, [this, jsonFilter](const QString& filter) {
        m_fileDialog->setDefaultSuffix(filter == jsonFilter ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(m_fileDialog, &QFileDialog::fileSelected, this, &ExportFlow::exportTo);
    connect(m_fileDialog, &QFileDialog::rejected, this, &QObject::deleteLater);
    m_fileDialog->open();
}

void ExportFlow::exportTo(const QString& path)
{
    m_fileDialog = nullptr; // deletes itself on close
    m_exporter = new PagedExporter(path, PagedExporter::formatForPath(path), m_columns, m_fetch, this);
    m_progress = new QProgressDialog(m_parent);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setLabelText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->setRange(0, m_expectedRows > 0 ? static_cast<int>(qMin<qint64>(m_expectedRows, INT_MAX)) : 0);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &PagedExporter::cancel);
    connect(m_exporter, &PagedExporter::progress, m_progress, [this](qint64 rows) {
        if (m_progress->maximum() > 0)
            m_progress->setValue(static_cast<int>(qMin<qint64>(rows, m_progress->maximum())));
        m_progress->setLabelText(tr("%n row(s) written…", nullptr, static_cast<int>(qMin<qint64>(rows, INT_MAX))));
    });
    connect(m_exporter, &PagedExporter::cancelled, this, [this] {
        m_progress->close();
        Q_EMIT finished(tr("The export was cancelled; no file was written."));
        deleteLater();
    });
    connect(m_exporter, &PagedExporter::finished, this, [this, path](const Status& status, qint64 rows) {
        m_progress->close();
        if (!status) {
            const QString what = tr("The export failed");
            if (m_parent)
                ErrorMessage::show(m_parent, what, status.error());
            Q_EMIT finished(ErrorMessage::sentence(what, status.error()));
        } else {
            Q_EMIT finished(tr("Exported %n row(s) to %1.", nullptr, static_cast<int>(qMin<qint64>(rows, INT_MAX)))
                                .arg(QDir::toNativeSeparators(path)));
        }
        deleteLater();
    });
    m_exporter->start();
}

} // namespace mcpauth
