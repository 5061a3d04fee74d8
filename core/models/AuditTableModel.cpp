#include "AuditTableModel.h"

#include "backend/Backend.h"

#include <QDateTime>

namespace mcpauth {

AuditTableModel::AuditTableModel(Backend& backend, QObject* parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{ }

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::beginRequest()
{
    ++m_pending;
}

void AuditTableModel::endRequest()
{
    --m_pending;
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    ++m_generation;
    beginResetModel();
    m_events.clear();
    m_more = false;
    m_fetching = true;
    endResetModel();
    const quint64 generation = m_generation;
    beginRequest();
    m_backend.auditEvents(m_filter, 0, kPageSize, this, [this, generation](Result<QList<AuditEvent>> events) {
        endRequest();
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!events) {
            Q_EMIT loadFailed(events.error());
            return;
        }
        beginResetModel();
        m_events = std::move(events).value();
        m_more = m_events.size() >= kPageSize;
        endResetModel();
        Q_EMIT pageLoaded(true);
    });
    requestCount();
}

void AuditTableModel::requestCount()
{
    const quint64 generation = m_generation;
    beginRequest();
    m_backend.auditCount(m_filter, this, [this, generation](Result<qint64> count) {
        endRequest();
        if (generation != m_generation)
            return;
        if (!count) {
            Q_EMIT loadFailed(count.error());
            return;
        }
        m_total = *count;
        Q_EMIT totalCountChanged(m_total);
    });
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching && !m_events.isEmpty();
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    beginRequest();
    m_backend.auditEvents(
        m_filter, m_events.last().seq, kPageSize, this, [this, generation](Result<QList<AuditEvent>> events) {
            endRequest();
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!events) {
                m_more = false;
                Q_EMIT loadFailed(events.error());
                return;
            }
            m_more = events->size() >= kPageSize;
            if (!events->isEmpty()) {
                const int first = static_cast<int>(m_events.size());
                beginInsertRows({}, first, first + static_cast<int>(events->size()) - 1);
                m_events.append(*events);
                endInsertRows();
            }
            Q_EMIT pageLoaded(false);
        });
}

void AuditTableModel::refresh()
{
    if (m_fetching || m_events.isEmpty()) {
        if (!m_fetching)
            setFilter(m_filter);
        return;
    }
    requestCount();
    m_fetching = true;
    const quint64 generation = m_generation;
    const qint64 newest = m_events.first().seq;
    beginRequest();
    m_backend.auditEvents(m_filter, 0, kPageSize, this, [this, generation, newest](Result<QList<AuditEvent>> events) {
        endRequest();
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!events) {
            Q_EMIT loadFailed(events.error());
            return;
        }
        QList<AuditEvent> newer;
        for (const AuditEvent& e : *events) {
            if (e.seq <= newest)
                break;
            newer << e;
        }
        if (newer.size() >= kPageSize) {
            // More arrived than one page: the gap cannot be told from here, so start over.
            beginResetModel();
            m_events = std::move(events).value();
            m_more = true;
            endResetModel();
            Q_EMIT pageLoaded(true);
            return;
        }
        if (!newer.isEmpty()) {
            beginInsertRows({}, 0, static_cast<int>(newer.size()) - 1);
            newer.append(std::move(m_events));
            m_events = std::move(newer);
            endInsertRows();
        }
        Q_EMIT pageLoaded(false);
    });
}

int AuditTableModel::rowOfSeq(qint64 seq) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).seq == seq)
            return static_cast<int>(i);
    }
    return -1;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::outcomeText(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Success:
        return tr("Success");
    case AuditOutcome::Failure:
        return tr("Failure");
    case AuditOutcome::Denied:
        return tr("Denied");
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent& e = m_events.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == Qt::ToolTipRole && index.column() == TargetColumn)
        return e.targetId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(e.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return e.action;
    case TargetColumn:
        return e.targetType.isEmpty() ? e.targetId : tr("%1 %2").arg(e.targetType, e.targetId);
    case OutcomeColumn:
        return outcomeText(e.outcome);
    case SourceColumn:
        return e.source;
    case SeqColumn:
        return e.seq;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case SourceColumn:
        return tr("Source");
    case SeqColumn:
        return tr("No.");
    default:
        return {};
    }
}

} // namespace mcpauth
