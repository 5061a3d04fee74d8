#include "UnavailablePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mcpauth {

UnavailablePage::UnavailablePage(const QString& title, const QString& reason, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("unavailablePage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto* text = new QLabel(reason, this);
    text->setObjectName(QStringLiteral("unavailableReasonLabel"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

UnavailablePage::~UnavailablePage() = default;

} // namespace mcpauth
