#include "TokenLookupPage.h"

#include "backend/Backend.h"
#include "widgets/Confirmation.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

TokenLookupPage::TokenLookupPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
{
    setObjectName(QStringLiteral("tokenLookupPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(esc(title())), this));
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("tokenListUnavailableLabel"));
    m_why->setWordWrap(true);
    m_why->setText(tr("%1 The server can also revoke a pasted token (RFC 7009), so that it stops accepting it.")
                       .arg(esc(backend.capabilities().reason(Capability::TokenList))));
    layout->addWidget(m_why);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tokenLookupTabs"));
    auto* lookupPane = new QWidget(m_tabs);
    auto* lookupLayout = new QVBoxLayout(lookupPane);
    auto* pasteLabel = new QLabel(tr("&Token (access or refresh token, as the client holds it):"), lookupPane);
    m_pasted = new QPlainTextEdit(lookupPane);
    m_pasted->setObjectName(QStringLiteral("tokenLookupEdit"));
    m_pasted->setAccessibleName(tr("Token to look up"));
    m_pasted->setPlaceholderText(tr("Paste a token"));
    m_pasted->setMaximumHeight(m_pasted->fontMetrics().height() * 5);
    m_pasted->setTabChangesFocus(true);
    pasteLabel->setBuddy(m_pasted);
    auto* buttons = new QHBoxLayout;
    m_lookUp = new QPushButton(tr("&Look up"), lookupPane);
    m_lookUp->setObjectName(QStringLiteral("tokenLookupButton"));
    m_lookUp->setAccessibleName(tr("Look up the token"));
    m_revoke = new QPushButton(tr("&Revoke at the server…"), lookupPane);
    m_revoke->setObjectName(QStringLiteral("tokenRevokeValueButton"));
    m_revoke->setAccessibleName(tr("Revoke the token at the server"));
    buttons->addWidget(m_lookUp);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    m_result = new QTextBrowser(lookupPane);
    m_result->setObjectName(QStringLiteral("tokenLookupResultBrowser"));
    m_result->setAccessibleName(tr("Look-up result"));
    m_result->setHtml(tr("<p>Nothing looked up yet.</p>"));
    lookupLayout->addWidget(pasteLabel);
    lookupLayout->addWidget(m_pasted);
    lookupLayout->addLayout(buttons);
    lookupLayout->addWidget(m_result, 1);
    m_tabs->addTab(lookupPane, tr("Look up a token"));

    m_server = new QTextBrowser(m_tabs);
    m_server->setObjectName(QStringLiteral("serverDocumentsBrowser"));
    m_server->setAccessibleName(tr("Server metadata and keys"));
    m_tabs->addTab(m_server, tr("Server metadata and keys"));
    layout->addWidget(m_tabs, 1);

    connect(m_lookUp, &QPushButton::clicked, this, &TokenLookupPage::lookUp);
    connect(m_revoke, &QPushButton::clicked, this, &TokenLookupPage::deleteSelected);
    connect(m_pasted, &QPlainTextEdit::textChanged, this, [this] {
        updateButtons();
        Q_EMIT actionsChanged();
    });
    updateButtons();
}

TokenLookupPage::~TokenLookupPage() = default;

QString TokenLookupPage::title() const
{
    return tr("Tokens");
}

QString TokenLookupPage::pastedToken() const
{
    // Whitespace and line breaks come with copying from a terminal; a token has none.
    return m_pasted->toPlainText().simplified().remove(QLatin1Char(' '));
}

void TokenLookupPage::updateButtons()
{
    const bool has = !pastedToken().isEmpty() && !m_busy;
    m_lookUp->setEnabled(has);
    const BackendCapabilities caps = backend().capabilities();
    m_revoke->setEnabled(has && caps.supports(Capability::TokenRevoke));
    m_revoke->setToolTip(caps.supports(Capability::TokenRevoke) ? tr("Revoke the pasted token at the server (Delete)")
                                                                : caps.reason(Capability::TokenRevoke));
}

void TokenLookupPage::refresh()
{
    m_server->setHtml(tr("<p>Reading the server's metadata and keys…</p>"));
    backend().serverDocuments(this, [this](Result<ServerDocuments> docs) {
        if (!docs) {
            m_server->setHtml(QStringLiteral("<p>%1</p>").arg(esc(docs.error().message)));
            reportError(tr("Could not read the server's metadata"), docs.error());
            return;
        }
        QString html = tr("<h3>Metadata</h3><p>From <code>%1</code></p>").arg(esc(docs->metadataUrl.toString()));
        html += QStringLiteral("<pre>%1</pre>")
                    .arg(esc(QString::fromUtf8(QJsonDocument(docs->metadata).toJson(QJsonDocument::Indented))));
        html += tr("<h3>Signing keys (JWKS)</h3>");
        if (!docs->jwksProblem.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(docs->jwksProblem));
        } else {
            html += tr("<p>From <code>%1</code></p>").arg(esc(docs->jwksUrl.toString()));
            html += QStringLiteral("<table cellpadding=\"3\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                                   "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                        .arg(tr("Key id (kid)"), tr("Type"), tr("Algorithm"), tr("Use"));
            for (const QJsonValue& key : docs->jwks.value(QStringLiteral("keys")).toArray()) {
                const QJsonObject k = key.toObject();
                html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(k.value(QStringLiteral("kid")).toString()),
                                esc(k.value(QStringLiteral("kty")).toString()),
                                esc(k.value(QStringLiteral("alg")).toString()),
                                esc(k.value(QStringLiteral("use")).toString()));
            }
            html += QStringLiteral("</table>");
        }
        m_server->setHtml(html);
    });
}

void TokenLookupPage::focusFilter()
{
    m_tabs->setCurrentIndex(0);
    m_pasted->setFocus();
}

void TokenLookupPage::lookUp()
{
    const QString token = pastedToken();
    if (token.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_result->setHtml(tr("<p>Asking the server…</p>"));
    backend().introspectToken(token, this, [this](Result<TokenIntrospection> answer) {
        m_busy = false;
        updateButtons();
        if (!answer) {
            m_result->setHtml(tr("<p><b>The server could not be asked.</b> %1</p><p>Press Look up to try again.</p>")
                                  .arg(esc(answer.error().message)));
            reportError(tr("Could not look the token up"), answer.error());
            return;
        }
        const QStringList lines = answer->describe(QDateTime::currentMSecsSinceEpoch());
        QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(lines.first()));
        for (qsizetype i = 1; i < lines.size(); ++i)
            html += QStringLiteral("<li>%1</li>").arg(esc(lines.at(i)));
        html += QStringLiteral("</ul>");
        html += tr("<h4>The server's answer</h4><pre>%1</pre>")
                    .arg(esc(QString::fromUtf8(QJsonDocument(answer->json).toJson(QJsonDocument::Indented))));
        m_result->setHtml(html);
        Q_EMIT statusMessage(
            answer->active ? tr("The server accepts this token.") : tr("The server does not accept this token."));
    });
}

bool TokenLookupPage::canDelete() const
{
    return !pastedToken().isEmpty() && !m_busy && backend().capabilities().supports(Capability::TokenRevoke);
}

void TokenLookupPage::deleteSelected()
{
    if (!canDelete())
        return;
    const QString token = pastedToken();
    Confirmation::ask(this, tr("Revoke the token?"),
        tr("The server will stop accepting the pasted token. It answers the same whether or not it knew the token. "
           "A JWT access token that a resource server checks offline stays usable there until it expires."),
        tr("Revoke"), [this, token] {
            m_busy = true;
            updateButtons();
            backend().revokeTokenValue(token, this, [this](Status revoked) {
                m_busy = false;
                updateButtons();
                if (!revoked) {
                    reportError(tr("Could not revoke the token"), revoked.error(), true);
                    return;
                }
                Q_EMIT statusMessage(tr("The server accepted the revocation."));
                lookUp(); // show what the server says now
            });
        });
}

} // namespace mcpauth
