#include "SecretDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpauth {

SecretDialog::SecretDialog(const QString& title, const QString& explanation, const QString& secret, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("secretExplanationLabel"));
    text->setWordWrap(true);
    layout->addWidget(text);

    auto* row = new QHBoxLayout;
    m_secret = new QLineEdit(secret, this);
    m_secret->setObjectName(QStringLiteral("secretLineEdit"));
    m_secret->setAccessibleName(title);
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    m_copy->setAccessibleName(tr("Copy to the clipboard"));
    row->addWidget(m_secret, 1);
    row->addWidget(m_copy);
    layout->addLayout(row);

    auto* warning = new QLabel(
        tr("This is the only time it is shown: it is not stored anywhere it could be read back. Copy it now."), this);
    warning->setObjectName(QStringLiteral("secretWarningLabel"));
    warning->setWordWrap(true);
    layout->addWidget(warning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("secretButtonBox"));
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, &SecretDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_secret->selectAll();
    m_copy->setFocus();
}

SecretDialog::~SecretDialog() = default;

QString SecretDialog::secret() const
{
    return m_secret->text();
}

void SecretDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_secret->text());
    m_copy->setText(tr("Copied"));
}

} // namespace mcpauth
