#include "ResendDialog.h"

#include "widgets/StatusColors.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpauth {

ResendDialog::ResendDialog(const QByteArray& request, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("resendDialog"));
    setWindowTitle(tr("Re-send a request"));
    auto* intro = new QLabel(tr("Edit the method or its params, then send: the connection runs again and ends with "
                                "this request. Values shown as “[masked …]” were secrets and are sent as written "
                                "here."),
        this);
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("resendText"));
    m_text->setAccessibleName(tr("Request"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QJsonDocument doc = QJsonDocument::fromJson(request);
    m_text->setPlainText(
        doc.isNull() ? QString::fromUtf8(request) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    m_error->setObjectName(QStringLiteral("resendError"));
    m_error->setWordWrap(true);
    StatusColors::apply(m_error, StatusColors::Kind::Error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("resendSend"));
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResendDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 420);
}

Result<QPair<QString, QJsonObject>> ResendDialog::parse(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("request"),
            tr("The request is not valid JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("request"), tr("The request must be one JSON-RPC request object."));
    const QJsonObject message = doc.object();
    const QString method = message.value(QLatin1String("method")).toString().trimmed();
    if (method.isEmpty())
        return Error::invalid(QStringLiteral("method"), tr("The request needs a method, e.g. \"tools/list\"."));
    if (method == QLatin1String("initialize") || method.startsWith(QLatin1String("notifications/")))
        return Error::invalid(
            QStringLiteral("method"), tr("%1 is part of every connection; use Run to send it again.").arg(method));
    if (!message.contains(QLatin1String("id")))
        return Error::invalid(QStringLiteral("id"),
            tr("A request without an id is a notification, which gets no answer; give it an id."));
    const QJsonValue params = message.value(QLatin1String("params"));
    if (!params.isUndefined() && !params.isObject())
        return Error::invalid(QStringLiteral("params"), tr("params must be a JSON object."));
    if (method == QLatin1String("tools/call")) {
        if (params.toObject().value(QLatin1String("name")).toString().isEmpty())
            return Error::invalid(QStringLiteral("params.name"), tr("params.name must name the tool."));
        const QJsonValue arguments = params.toObject().value(QLatin1String("arguments"));
        if (!arguments.isUndefined() && !arguments.isObject())
            return Error::invalid(QStringLiteral("params.arguments"), tr("params.arguments must be a JSON object."));
    }
    return qMakePair(method, params.toObject());
}

void ResendDialog::send()
{
    const auto parsed = parse(m_text->toPlainText());
    if (!parsed) {
        m_error->setText(parsed.error().message);
        return;
    }
    Q_EMIT sendRequested(parsed->first, parsed->second);
    accept();
}

} // namespace mcpauth
