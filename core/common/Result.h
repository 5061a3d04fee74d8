#pragma once

#include "Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace mcpauth {

// Errors as values (QT-STYLE.md 6.5): a function that can fail returns Result<T>.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    [[nodiscard]] bool isOk() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return isOk(); }

    [[nodiscard]] const T& value() const& { return std::get<T>(m_data); }
    [[nodiscard]] T& value() & { return std::get<T>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const T* operator->() const { return &std::get<T>(m_data); }
    [[nodiscard]] const T& operator*() const& { return std::get<T>(m_data); }

    [[nodiscard]] const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    [[nodiscard]] bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace mcpauth
