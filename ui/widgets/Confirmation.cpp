#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace mcpauth {

void Confirmation::ask(QWidget* parent, const QString& title, const QString& text, const QString& actionText,
    std::function<void()> accepted)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmationMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* action = box->addButton(actionText, QMessageBox::DestructiveRole);
    action->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    QObject::connect(
        box, &QMessageBox::buttonClicked, box, [box, action, accepted = std::move(accepted)](auto* button) {
            if (button == action && accepted)
                accepted();
            Q_UNUSED(box);
        });
    box->open();
}

} // namespace mcpauth
