#include "SigningKeysPage.h"

#include "backend/Backend.h"
#include "models/SigningKeyTableModel.h"
#include "widgets/Confirmation.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mcpauth {

SigningKeysPage::SigningKeysPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
{
    setObjectName(QStringLiteral("signingKeysPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this));
    auto* intro = new QLabel(tr("The local authorization server signs access tokens with these keys and publishes "
                                "their public halves in its JWKS, where MCP servers fetch them to check tokens. "
                                "Rotate a key when it may have leaked, or on a schedule: the new key signs from "
                                "then on, and the old one stays published until the tokens it signed have "
                                "expired."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new SigningKeyTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("signingKeysTableView"));
    m_table->setAccessibleName(tr("Signing keys"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("signingKeyAlgorithmCombo"));
    m_algorithm->setAccessibleName(tr("Algorithm to rotate"));
    m_algorithm->addItem(QStringLiteral("RS256"), int(SigningAlgorithm::RS256));
    m_algorithm->addItem(QStringLiteral("ES256"), int(SigningAlgorithm::ES256));
    auto* algorithmLabel = new QLabel(tr("&Key:"), this);
    algorithmLabel->setBuddy(m_algorithm);
    m_rotate = new QPushButton(tr("&Rotate…"), this);
    m_rotate->setObjectName(QStringLiteral("signingKeyRotateButton"));
    m_retire = new QPushButton(tr("Re&tire Now…"), this);
    m_retire->setObjectName(QStringLiteral("signingKeyRetireButton"));
    m_retire->setEnabled(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("signingKeyResultLabel"));
    m_result->setWordWrap(true);
    buttons->addWidget(algorithmLabel);
    buttons->addWidget(m_algorithm);
    buttons->addWidget(m_rotate);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_result, 1);
    layout->addLayout(buttons);
    connect(m_rotate, &QPushButton::clicked, this, &SigningKeysPage::rotate);
    connect(m_retire, &QPushButton::clicked, this, &SigningKeysPage::retireNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SigningKeysPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SigningKeysPage::updateButtons);
    updateButtons();
}

void SigningKeysPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const SigningKey* key = rows.size() == 1 ? &m_model->key(rows.first().row()) : nullptr;
    const bool published
        = key && key->state == KeyState::Retired && key->publishUntil > QDateTime::currentMSecsSinceEpoch();
    m_retire->setEnabled(published);
    if (!key)
        m_retire->setToolTip(tr("Select a replaced key that is still published to take it out of the JWKS now."));
    else if (key->state == KeyState::Active)
        m_retire->setToolTip(tr("This key signs new tokens: rotate it first; it then stays published until its "
                                "tokens expire, unless you retire it now."));
    else if (!published)
        m_retire->setToolTip(tr("This key is no longer published."));
    else
        m_retire->setToolTip(tr("Take this key out of the JWKS now, for a key that may have leaked."));
}

void SigningKeysPage::retireNow()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const QString kid = m_model->key(rows.first().row()).kid;
    Confirmation::ask(this, tr("Retire signing key now"),
        tr("Take the key %1 out of the JWKS now?\n\nEvery token it signed stops verifying at once, before it "
           "expires: clients holding one must sign in again. Do this when the key may have leaked.")
            .arg(kid),
        tr("Retire Now"), [this, kid] {
            backend().revokeSigningKey(kid, this, [this, kid](Status revoked) {
                if (!revoked) {
                    reportError(tr("Could not retire the signing key"), revoked.error(), true);
                    return;
                }
                m_result->setText(tr("The key %1 is no longer published.").arg(kid));
                Q_EMIT statusMessage(tr("Signing key retired."));
                refresh();
            });
        });
}

SigningKeysPage::~SigningKeysPage() = default;

QString SigningKeysPage::title() const
{
    return tr("Signing keys");
}

void SigningKeysPage::refresh()
{
    backend().signingKeys(this, [this](Result<QList<SigningKey>> keys) {
        if (!keys) {
            reportError(tr("Could not load the signing keys"), keys.error());
            return;
        }
        m_model->setKeys(std::move(keys).value(), QDateTime::currentMSecsSinceEpoch());
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setStretchLastSection(true);
    });
}

void SigningKeysPage::rotate()
{
    const auto algorithm = static_cast<SigningAlgorithm>(m_algorithm->currentData().toInt());
    const QString name = m_algorithm->currentText();
    QString current;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SigningKey& key = m_model->key(row);
        if (key.state == KeyState::Active && key.algorithm == algorithm)
            current = key.kid;
    }
    const QString text = current.isEmpty()
        ? tr("Create a new %1 signing key?").arg(name)
        : tr("Rotate the %1 signing key %2?\n\nA new key signs every token from now on. The old key is retired: it "
             "stays in the JWKS until the longest access-token lifetime has passed, so the tokens it signed keep "
             "working until they expire, and then disappears from the JWKS. A local server running on this store "
             "picks the new key up without a restart.")
              .arg(name, current);
    Confirmation::ask(this, tr("Rotate signing key"), text, tr("Rotate"), [this, algorithm] {
        m_rotate->setEnabled(false);
        m_result->setText(tr("Rotating…"));
        backend().rotateSigningKey(algorithm, this, [this](Result<SigningKeyRotation> rotation) {
            m_rotate->setEnabled(true);
            if (!rotation) {
                m_result->clear();
                reportError(tr("Could not rotate the signing key"), rotation.error(), true);
                return;
            }
            m_result->setText(tr("The new key %1 signs from now on; %2 stays published until %3.")
                                  .arg(rotation->kid, rotation->previousKid,
                                      QDateTime::fromMSecsSinceEpoch(rotation->previousPublishedUntil)
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            Q_EMIT statusMessage(tr("Signing key rotated."));
            refresh();
        });
    });
}

} // namespace mcpauth
