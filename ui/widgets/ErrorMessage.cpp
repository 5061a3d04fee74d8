#include "ErrorMessage.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace mcpauth {

QString ErrorMessage::sentence(const QString& what, const Error& error)
{
    if (error.message.isEmpty())
        return what;
    return QCoreApplication::translate("ErrorMessage", "%1: %2").arg(what, error.message);
}

QString ErrorMessage::details(const Error& error)
{
    QString text = QCoreApplication::translate("ErrorMessage", "Kind: %1").arg(errorCodeName(error.code));
    if (!error.field.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("ErrorMessage", "Field: %1").arg(error.field);
    text += QLatin1Char('\n') + QCoreApplication::translate("ErrorMessage", "Message: %1").arg(error.message);
    return text;
}

void ErrorMessage::show(QWidget* parent, const QString& what, const Error& error)
{
    // Window-modal and not exec(): no nested event loop, and the rest of the app keeps running.
    auto* box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(QCoreApplication::translate("ErrorMessage", "MCP Auth Console"));
    box->setText(what);
    box->setInformativeText(error.message);
    box->setDetailedText(details(error));
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

} // namespace mcpauth
