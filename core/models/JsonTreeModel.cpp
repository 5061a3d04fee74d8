#include "JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mcpauth {

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node& node)
{
    auto add = [&node](const QString& key, const QJsonValue& value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = &node;
        child->row = int(node.children.size());
        build(*child);
        node.children.push_back(std::move(child));
    };
    if (node.value.isObject()) {
        const QJsonObject object = node.value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node.value.isArray()) {
        const QJsonArray array = node.value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QString::number(i), array.at(i));
    }
}

void JsonTreeModel::setJson(const QJsonValue& value)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (value.isObject() || value.isArray()) {
        m_root->value = value;
        build(*m_root);
    } else if (!value.isUndefined()) {
        // A scalar document still shows as one row.
        m_root->value = QJsonArray{value};
        build(*m_root);
        m_root->children.front()->key = QString();
    }
    endResetModel();
}

void JsonTreeModel::clear()
{
    setJson(QJsonValue(QJsonValue::Undefined));
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QJsonValue JsonTreeModel::value(const QModelIndex& index) const
{
    return nodeOf(index)->value;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node* node = nodeOf(index);
    const QJsonValue& v = node->value;
    switch (index.column()) {
    case KeyColumn:
        return node->key;
    case ValueColumn:
        switch (v.type()) {
        case QJsonValue::Object:
            return tr("{%n member(s)}", nullptr, int(v.toObject().size()));
        case QJsonValue::Array:
            return tr("[%n item(s)]", nullptr, int(v.toArray().size()));
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Undefined:
            return QString();
        }
        return {};
    case TypeColumn:
        switch (v.type()) {
        case QJsonValue::Object:
            return tr("object");
        case QJsonValue::Array:
            return tr("array");
        case QJsonValue::String:
            return tr("string");
        case QJsonValue::Bool:
            return tr("boolean");
        case QJsonValue::Double:
            return tr("number");
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Undefined:
            return QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace mcpauth
