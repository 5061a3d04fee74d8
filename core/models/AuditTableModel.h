#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"

#include <QAbstractTableModel>

namespace mcpauth {

class Backend;

// The audit log, newest first, as a lazily paged table: pages of events older than the last loaded one
// (keyset on seq) arrive as the view scrolls (canFetchMore/fetchMore). refresh() puts events appended
// since at the top without touching the rows below, so a selection and the scroll position survive.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        SourceColumn,
        SeqColumn,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 200;

    explicit AuditTableModel(Backend& backend, QObject* parent = nullptr);
    ~AuditTableModel() override;

    // Starts over from the newest event.
    void setFilter(const AuditFilter& filter);
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    void refresh();

    [[nodiscard]] const AuditEvent& event(int row) const { return m_events.at(row); }
    [[nodiscard]] int rowOfSeq(qint64 seq) const;
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] static QString outcomeText(AuditOutcome outcome);

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void pageLoaded(bool reset);
    void loadFailed(const mcpauth::Error& error);

private:
    void requestCount();
    void beginRequest();
    void endRequest();

    Backend& m_backend;
    AuditFilter m_filter;
    QList<AuditEvent> m_events;
    bool m_more = false;
    bool m_fetching = false;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    int m_pending = 0;
};

} // namespace mcpauth
