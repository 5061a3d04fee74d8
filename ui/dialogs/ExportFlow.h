#pragma once

#include "models/PagedExporter.h"

#include <QObject>
#include <QPointer>

class QFileDialog;
class QProgressDialog;
class QWidget;

namespace mcpauth {

// Export of a paged list: a save dialog for the path (CSV or JSON by the chosen filter or suffix), then a
// progress dialog that can be cancelled while the pages are written. Deletes itself when done.
class ExportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFlow)

public:
    // `expectedRows` sizes the progress bar (-1: unknown).
    ExportFlow(QWidget* parent, const QString& suggestedName, QStringList columns, qint64 expectedRows,
        PagedExporter::FetchNext fetch);
    ~ExportFlow() override;

    void start();

Q_SIGNALS:
    // The export ended (written, failed or cancelled): a sentence for the status bar.
    void finished(const QString& message);

private:
    void exportTo(const QString& path);

    QPointer<QWidget> m_parent;
    QString m_suggestedName;
    QStringList m_columns;
    qint64 m_expectedRows;
    PagedExporter::FetchNext m_fetch;
    QFileDialog* m_fileDialog = nullptr;
    QProgressDialog* m_progress = nullptr;
    PagedExporter* m_exporter = nullptr;
};

} // namespace mcpauth
