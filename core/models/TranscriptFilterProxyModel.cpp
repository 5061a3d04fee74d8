#include "TranscriptFilterProxyModel.h"

namespace mcpauth {

TranscriptFilterProxyModel::TranscriptFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void TranscriptFilterProxyModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void TranscriptFilterProxyModel::setKind(std::optional<TranscriptEvent::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void TranscriptFilterProxyModel::setStatus(StatusFilter status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool TranscriptFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(TranscriptTableModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_status != StatusFilter::Any) {
        using SC = TranscriptTableModel::StatusClass;
        const auto status = SC(index.data(TranscriptTableModel::StatusClassRole).toInt());
        const bool problem = status == SC::ClientError || status == SC::ServerError || status == SC::Failure;
        if (m_status == StatusFilter::Problems ? !problem : status != SC::Success)
            return false;
    }
    if (!m_text.isEmpty()
        && !index.data(TranscriptTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace mcpauth
