#include "RedirectUriEditor.h"

#include "StatusColors.h"
#include "redirect/RedirectUriRules.h"

#include <QAction>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace mcpauth {

RedirectUriEditor::RedirectUriEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("redirectUriEditor"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("redirectUriListWidget"));
    m_list->setAccessibleName(tr("Redirect URIs"));
    m_list->setToolTip(tr("Double-click or press F2 to edit a URI; Delete removes it."));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 5);

    m_newUri = new QLineEdit(this);
    m_newUri->setObjectName(QStringLiteral("newRedirectUriLineEdit"));
    m_newUri->setAccessibleName(tr("New redirect URI"));
    m_newUri->setPlaceholderText(tr("http://127.0.0.1/callback (loopback: any port)"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addRedirectUriButton"));
    m_add->setAccessibleName(tr("Add redirect URI"));
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeRedirectUriButton"));
    m_remove->setAccessibleName(tr("Remove the selected redirect URI"));
    m_remove->setAutoDefault(false);

    auto* tryLabel = new QLabel(tr("&Try a URI:"), this);
    m_try = new QLineEdit(this);
    m_try->setObjectName(QStringLiteral("tryRedirectUriLineEdit"));
    m_try->setAccessibleName(tr("Try a redirect URI"));
    m_try->setPlaceholderText(tr("The redirect_uri a client sends, e.g. http://127.0.0.1:53127/callback"));
    tryLabel->setBuddy(m_try);
    m_tryResult = new QLabel(this);
    m_tryResult->setObjectName(QStringLiteral("tryRedirectUriResultLabel"));
    m_tryResult->setWordWrap(true);
    m_tryResult->setTextFormat(Qt::PlainText);
    m_tryResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_list, 0, 0, 1, 2);
    layout->addWidget(m_remove, 0, 2, Qt::AlignTop);
    layout->addWidget(m_newUri, 1, 0, 1, 2);
    layout->addWidget(m_add, 1, 2);
    layout->addWidget(tryLabel, 2, 0);
    layout->addWidget(m_try, 2, 1, 1, 2);
    layout->addWidget(m_tryResult, 3, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(0, 1); // the list takes the spare height

    // Delete in the list removes, as everywhere in the console; the dialog's own keys stay untouched.
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeAction);

    connect(removeAction, &QAction::triggered, this, &RedirectUriEditor::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &RedirectUriEditor::addUri);
    // Enter in the new-URI line adds it; without the filter the dialog's default button would save.
    m_newUri->installEventFilter(this);
    connect(m_newUri, &QLineEdit::textChanged, this, &RedirectUriEditor::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &RedirectUriEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RedirectUriEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        tryUri();
        Q_EMIT changed();
    });
    connect(m_try, &QLineEdit::textChanged, this, &RedirectUriEditor::tryUri);
    updateButtons();
}

RedirectUriEditor::~RedirectUriEditor() = default;

bool RedirectUriEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_newUri && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addUri();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RedirectUriEditor::setUris(const QStringList& uris)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString& uri : uris) {
            auto* item = new QListWidgetItem(uri, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    updateButtons();
    tryUri();
    Q_EMIT changed();
}

QStringList RedirectUriEditor::uris() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString uri = m_list->item(i)->text().trimmed();
        if (!uri.isEmpty())
            out << uri;
    }
    return out;
}

QWidget* RedirectUriEditor::firstInput() const
{
    return m_list;
}

QWidget* RedirectUriEditor::lastInput() const
{
    return m_try;
}

void RedirectUriEditor::addUri()
{
    const QString uri = m_newUri->text().trimmed();
    if (uri.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_list);
        auto* item = new QListWidgetItem(uri, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
    }
    m_newUri->clear();
    updateButtons();
    tryUri();
    Q_EMIT changed();
}

void RedirectUriEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
    }
    updateButtons();
    tryUri();
    Q_EMIT changed();
}

void RedirectUriEditor::tryUri()
{
    const QString requested = m_try->text().trimmed();
    if (requested.isEmpty()) {
        m_tryResult->clear();
        m_tryResult->hide();
        return;
    }
    m_tryResult->show();
    const QStringList registered = uris();
    if (registered.isEmpty()) {
        StatusColors::apply(m_tryResult, StatusColors::Kind::Error);
        m_tryResult->setText(tr("✗ No match: no redirect URI is registered yet."));
        return;
    }
    const RedirectUriRules::Match match = RedirectUriRules::match(registered, requested);
    if (match.matched) {
        StatusColors::apply(m_tryResult, StatusColors::Kind::Success);
        m_tryResult->setText(tr("✓ Matches %1.").arg(match.registered));
    } else {
        StatusColors::apply(m_tryResult, StatusColors::Kind::Error);
        m_tryResult->setText(match.registered.isEmpty()
                ? tr("✗ No match: %1").arg(match.reason)
                : tr("✗ No match. Closest registration %1: %2").arg(match.registered, match.reason));
    }
    m_tryResult->setAccessibleName(m_tryResult->text());
}

void RedirectUriEditor::updateButtons()
{
    m_add->setEnabled(!m_newUri->text().trimmed().isEmpty());
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace mcpauth
