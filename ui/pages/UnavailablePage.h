#pragma once

#include <QWidget>

namespace mcpauth {

// What a page shows when the backend lacks its capability: the title and the backend's reason.
class UnavailablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailablePage)

public:
    UnavailablePage(const QString& title, const QString& reason, QWidget* parent = nullptr);
    ~UnavailablePage() override;
};

} // namespace mcpauth
