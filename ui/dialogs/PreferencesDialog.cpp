#include "PreferencesDialog.h"

#include "ConsoleSettings.h"
#include "backend/ConnectionProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mcpauth {

PreferencesDialog::PreferencesDialog(ConnectionProfileStore& profiles, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_defaultProfile = new QComboBox(this);
    m_defaultProfile->setObjectName(QStringLiteral("defaultProfileComboBox"));
    m_defaultProfile->setAccessibleName(tr("Open at start"));
    m_defaultProfile->addItem(tr("The local store"), QString());
    const QString current = m_profiles.defaultProfileId();
    for (const ConnectionProfile& p : m_profiles.profiles()) {
        m_defaultProfile->addItem(tr("%1 (%2)").arg(p.name, ConnectionProfile::kindTitle(p.kind)), p.id);
        if (p.id == current)
            m_defaultProfile->setCurrentIndex(m_defaultProfile->count() - 1);
    }

    const ConsoleSettings settings = ConsoleSettings::load();
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPortSpinBox"));
    m_port->setAccessibleName(tr("Local server port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setValue(settings.serverPort);
    m_startServer = new QCheckBox(tr("Run the local authorization server and MCP server"), this);
    m_startServer->setObjectName(QStringLiteral("startServerCheckBox"));
    m_startServer->setChecked(settings.startServer);

    auto* form = new QFormLayout;
    form->addRow(tr("&Open at start:"), m_defaultProfile);
    form->addRow(QString(), m_startServer);
    form->addRow(tr("Local server &port:"), m_port);
    auto* note = new QLabel(
        tr("The server listens on 127.0.0.1 only. Port changes apply the next time the console starts; the "
           "--port option overrides them."),
        this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startServer, &QCheckBox::toggled, m_port, &QWidget::setEnabled);
    m_port->setEnabled(settings.startServer);
    resize(520, 220);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::save()
{
    m_profiles.setDefaultProfileId(m_defaultProfile->currentData().toString());
    ConsoleSettings settings;
    settings.serverPort = quint16(m_port->value());
    settings.startServer = m_startServer->isChecked();
    settings.save();
}

} // namespace mcpauth
