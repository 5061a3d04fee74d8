#pragma once

#include "TranscriptTableModel.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace mcpauth {

// Filters a TranscriptTableModel by text (case-insensitive, anywhere in the event), kind and status.
class TranscriptFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptFilterProxyModel)

public:
    enum class StatusFilter { Any, Problems, Successes };

    explicit TranscriptFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setKind(std::optional<TranscriptEvent::Kind> kind);
    void setStatus(StatusFilter status);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    std::optional<TranscriptEvent::Kind> m_kind;
    StatusFilter m_status = StatusFilter::Any;
};

} // namespace mcpauth
