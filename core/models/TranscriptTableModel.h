#pragma once

#include "flow/Transcript.h"
#include "flow/TranscriptEvent.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mcpauth {

// A transcript's events as a table that grows live (Transcript::eventAdded appends one row, cleared
// resets). QtCore only: colours are the view's business, the model says what each row is through
// KindRole and StatusClassRole.
class TranscriptTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptTableModel)

public:
    enum Column {
        SequenceColumn,
        TimeColumn,
        StepColumn,
        KindColumn,
        SummaryColumn,
        StatusColumn,
        DurationColumn,
        ColumnCount
    };
    // How an event ended, for colouring and for the status filter.
    enum class StatusClass { Neutral, Success, Redirect, ClientError, ServerError, Failure };
    enum Role {
        SequenceRole = Qt::UserRole + 1, // qint64
        KindRole, // int(TranscriptEvent::Kind)
        StatusClassRole, // int(StatusClass)
        SearchTextRole, // what the text filter looks in: step, method, URL, status, note, error, bodies
    };

    explicit TranscriptTableModel(QObject* parent = nullptr);

    // Shows `transcript` (not owned; nullptr shows nothing) and follows it from now on.
    void setTranscript(Transcript* transcript);
    [[nodiscard]] Transcript* transcript() const { return m_transcript; }
    [[nodiscard]] const TranscriptEvent& event(int row) const;
    // The row of the event with this sequence number; -1 when absent.
    [[nodiscard]] int rowOfSequence(qint64 sequence) const;
    // statusClass() of the row's event, worked out once when the event arrived (it parses JSON).
    [[nodiscard]] StatusClass statusClassOf(int row) const { return StatusClass(m_statusClasses.at(row)); }
    [[nodiscard]] const QList<quint8>& statusClasses() const { return m_statusClasses; }
    // Per row: the event's short fields (step, method, status, note, error, URL) joined and in lower
    // case as UTF-8, worked out once, so a text filter over 100,000 events compares bytes.
    [[nodiscard]] const QList<QByteArray>& searchHeads() const { return m_searchHeads; }
    [[nodiscard]] static QByteArray searchHead(const TranscriptEvent& event);

    [[nodiscard]] static StatusClass statusClass(const TranscriptEvent& event);
    [[nodiscard]] static QString kindTitle(TranscriptEvent::Kind kind);
    [[nodiscard]] static QString statusText(const TranscriptEvent& event);
    [[nodiscard]] static QString summary(const TranscriptEvent& event);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onEventAdded();
    void onCleared();

    QPointer<Transcript> m_transcript;
    void classify(int from, int to);

    int m_rows = 0; // rows announced so far; the transcript may be ahead of them inside eventAdded
    QList<quint8> m_statusClasses; // per row
    QList<QByteArray> m_searchHeads; // per row
};

} // namespace mcpauth
