#pragma once

#include "TranscriptTableModel.h"

#include <QAbstractProxyModel>
#include <QPointer>
#include <optional>

namespace mcpauth {

// Filters a TranscriptTableModel by text (case-insensitive, anywhere in the event: step, method, URL,
// status, note, error, bodies), kind and status. Written for transcripts of 100,000 messages: a filter
// change is one pass over the events and one model reset (QSortFilterProxyModel removes the rows a
// filter drops range by range, and a view pays for each range: seconds when every other row goes), and
// a new event is one row appended when it passes. On a large transcript the pass runs on worker threads
// (the rows shown stay those of the previous filter until it ends, then `filtered` is emitted), so
// typing in the filter box never holds the UI thread for long.
class TranscriptFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptFilterProxyModel)

public:
    enum class StatusFilter { Any, Problems, Successes };

    explicit TranscriptFilterProxyModel(QObject* parent = nullptr);

    // Only a TranscriptTableModel (or nullptr).
    void setSourceModel(QAbstractItemModel* source) override;

    void setText(const QString& text);
    void setKind(std::optional<TranscriptEvent::Kind> kind);
    void setStatus(StatusFilter status);
    // True while a filter change is being worked out on worker threads.
    [[nodiscard]] bool isFiltering() const { return m_pending; }
    // Below this many events a filter change is worked out at once, on the calling thread.
    static constexpr int kSynchronousRows = 20000;

    [[nodiscard]] QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    [[nodiscard]] QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;

Q_SIGNALS:
    // The rows of the latest filter are shown (after an asynchronous filter change).
    void filtered();

private:
    struct Criteria
    {
        QString text;
        QByteArray asciiText; // `text` in lower case when it is ASCII: bodies are then searched as bytes
        std::optional<TranscriptEvent::Kind> kind;
        StatusFilter status = StatusFilter::Any;
        [[nodiscard]] bool acceptsAll() const { return text.isEmpty() && !kind && status == StatusFilter::Any; }
        [[nodiscard]] bool accepts(
            const TranscriptEvent& event, TranscriptTableModel::StatusClass status, const QByteArray& searchHead) const;
        [[nodiscard]] bool textMatches(const TranscriptEvent& event, const QByteArray& searchHead) const;
    };
    // What the model worked out per row (TranscriptTableModel::statusClasses, searchHeads).
    struct RowFacts
    {
        QList<quint8> statusClasses;
        QList<QByteArray> searchHeads;
    };
    [[nodiscard]] static QList<int> acceptedRows(
        const Criteria& criteria, const QList<TranscriptEvent>& events, const RowFacts& facts, int from, int to);
    [[nodiscard]] QList<int> acceptedRows(int from, int to) const;
    void refilter();
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    QPointer<TranscriptTableModel> m_source;
    QList<int> m_rows; // the source rows shown, ascending
    Criteria m_criteria;
    bool m_resetting = false;
    bool m_pending = false; // an asynchronous filter change is running
    quint64 m_generation = 0; // of filter changes: a result that is not the latest one is dropped
};

} // namespace mcpauth
