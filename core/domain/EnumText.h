#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace mcpauth {

// Stable text names for domain enums: used in the database, the CLI and JSON, never translated.
template <typename E, std::size_t N>
using EnumNames = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N>
[[nodiscard]] QString enumName(const EnumNames<E, N>& names, E value)
{
    for (const auto& [v, text] : names) {
        if (v == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template <typename E, std::size_t N>
[[nodiscard]] std::optional<E> enumFromName(const EnumNames<E, N>& names, const QString& text)
{
    for (const auto& [v, t] : names) {
        if (text == QLatin1String(t))
            return v;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
[[nodiscard]] QStringList enumAllNames(const EnumNames<E, N>& names)
{
    QStringList out;
    for (const auto& entry : names)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace mcpauth
