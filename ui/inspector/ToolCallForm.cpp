#include "ToolCallForm.h"

#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

constexpr const char* kTypeProperty = "jsonType";

} // namespace

ToolCallForm::ToolCallForm(QWidget* parent)
    : QWidget(parent)
    , m_tool(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_fieldsBox(new QWidget(this))
    , m_fields(new QFormLayout(m_fieldsBox))
    , m_error(new QLabel(this))
    , m_call(new QPushButton(tr("&Call tool"), this))
{
    setObjectName(QStringLiteral("toolCallForm"));
    m_tool->setObjectName(QStringLiteral("toolChoice"));
    m_tool->setAccessibleName(tr("Tool"));
    m_description->setObjectName(QStringLiteral("toolDescription"));
    m_description->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("toolCallError"));
    m_error->setWordWrap(true);
    StatusColors::apply(m_error, StatusColors::Kind::Error);
    m_call->setObjectName(QStringLiteral("callTool"));
    m_call->setToolTip(tr("Runs the connection again and calls this tool at its end."));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_fieldsBox);

    auto* toolLabel = new QLabel(tr("&Tool:"), this);
    toolLabel->setBuddy(m_tool);
    auto* top = new QHBoxLayout;
    top->addWidget(toolLabel);
    top->addWidget(m_tool, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addWidget(m_call);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_tool, &QComboBox::currentIndexChanged, this, &ToolCallForm::buildFields);
    connect(m_call, &QPushButton::clicked, this, [this] {
        const auto args = arguments();
        if (!args) {
            m_error->setText(args.error().message);
            return;
        }
        m_error->clear();
        Q_EMIT callRequested(toolName(), *args);
    });
    setTools({});
}

void ToolCallForm::setTools(const QJsonArray& tools)
{
    const QString previous = toolName();
    m_tools = tools;
    {
        const QSignalBlocker blocker(m_tool);
        m_tool->clear();
        for (const QJsonValue& tool : tools)
            m_tool->addItem(tool.toObject().value(QLatin1String("name")).toString());
        if (const int index = m_tool->findText(previous); index >= 0)
            m_tool->setCurrentIndex(index);
    }
    m_tool->setEnabled(!tools.isEmpty());
    m_call->setEnabled(!tools.isEmpty());
    buildFields();
}

QString ToolCallForm::toolName() const
{
    return m_tool->currentText();
}

void ToolCallForm::setCallEnabled(bool enabled)
{
    m_call->setEnabled(enabled && !m_tools.isEmpty());
}

void ToolCallForm::buildFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_editors.clear();
    m_error->clear();
    const int index = m_tool->currentIndex();
    if (index < 0 || index >= m_tools.size()) {
        m_description->setText(tr("The tools appear here after a run that reached tools/list."));
        return;
    }
    const QJsonObject tool = m_tools.at(index).toObject();
    m_description->setText(tool.value(QLatin1String("description")).toString());
    const QJsonObject schema = tool.value(QLatin1String("inputSchema")).toObject();
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    QStringList required;
    for (const QJsonValue& name : schema.value(QLatin1String("required")).toArray())
        required << name.toString();
    if (properties.isEmpty())
        m_fields->addRow(new QLabel(tr("This tool takes no arguments."), m_fieldsBox));
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        const QString type = property.value(QLatin1String("type")).toString();
        const QString description = property.value(QLatin1String("description")).toString();
        QWidget* editor = nullptr;
        if (property.contains(QLatin1String("enum"))) {
            auto* combo = new QComboBox(m_fieldsBox);
            if (!required.contains(it.key()))
                combo->addItem(tr("(not set)"), QVariant());
            for (const QJsonValue& value : property.value(QLatin1String("enum")).toArray())
                combo->addItem(value.isString()
                        ? value.toString()
                        : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                    value.toVariant());
            editor = combo;
        } else if (type == QLatin1String("boolean")) {
            editor = new QCheckBox(m_fieldsBox);
        } else {
            auto* line = new QLineEdit(m_fieldsBox);
            if (type == QLatin1String("integer"))
                line->setPlaceholderText(tr("a whole number"));
            else if (type == QLatin1String("number"))
                line->setPlaceholderText(tr("a number"));
            else if (type == QLatin1String("string"))
                line->setPlaceholderText(description);
            else
                line->setPlaceholderText(tr("JSON (%1)").arg(type.isEmpty() ? tr("any type") : type));
            editor = line;
        }
        editor->setProperty(kTypeProperty, type);
        editor->setObjectName(QStringLiteral("argument_%1").arg(it.key()));
        editor->setAccessibleName(it.key());
        editor->setToolTip(description);
        const QString label = required.contains(it.key()) ? tr("%1 *").arg(it.key()) : it.key();
        m_fields->addRow(label, editor);
        m_editors.append({it.key(), editor});
    }
    if (!required.isEmpty())
        m_fields->addRow(new QLabel(tr("* required"), m_fieldsBox));
}

Result<QJsonObject> ToolCallForm::arguments() const
{
    QJsonObject args;
    const int index = m_tool->currentIndex();
    if (index < 0 || index >= m_tools.size())
        return Error::invalid(QStringLiteral("tool"), tr("Run the connection first: it lists the tools."));
    const QJsonObject schema = m_tools.at(index).toObject().value(QLatin1String("inputSchema")).toObject();
    QStringList required;
    for (const QJsonValue& name : schema.value(QLatin1String("required")).toArray())
        required << name.toString();
    for (const auto& [name, editor] : m_editors) {
        const QString type = editor->property(kTypeProperty).toString();
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const QJsonValue value = QJsonValue::fromVariant(combo->currentData());
            if (!value.isUndefined() && !value.isNull())
                args.insert(name, value);
            continue;
        }
        if (auto* check = qobject_cast<QCheckBox*>(editor)) {
            args.insert(name, check->isChecked());
            continue;
        }
        const QString text = qobject_cast<QLineEdit*>(editor)->text();
        if (text.isEmpty()) {
            if (required.contains(name))
                return Error::invalid(name, tr("%1 is required.").arg(name));
            continue;
        }
        if (type == QLatin1String("string")) {
            args.insert(name, text);
        } else if (type == QLatin1String("integer")) {
            bool ok = false;
            const qlonglong value = text.trimmed().toLongLong(&ok);
            if (!ok)
                return Error::invalid(name, tr("%1 must be a whole number.").arg(name));
            args.insert(name, value);
        } else if (type == QLatin1String("number")) {
            bool ok = false;
            const double value = text.trimmed().toDouble(&ok);
            if (!ok)
                return Error::invalid(name, tr("%1 must be a number.").arg(name));
            args.insert(name, value);
        } else {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + ']', &error);
            if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
                return Error::invalid(name, tr("%1 must be JSON.").arg(name));
            args.insert(name, doc.array().first());
        }
    }
    return args;
}

} // namespace mcpauth
