#pragma once

#include "OrderedJsonObject.h"
#include "common/Result.h"

namespace mcpauth {

// Sets one server entry in a client's JSON configuration by editing its text, not by re-serialising
// a parsed document: QJsonObject would sort every key and reformat the whole file. Only the bytes of
// the entry (or of the member that is added, plus the comma before it) change; other servers,
// unknown keys, their order, the indentation, line endings and a byte order mark stay as they were.
// The text is first checked with QJsonDocument, so the scanner below only ever walks valid JSON.
class JsonTextEditor
{
public:
    struct Edit
    {
        QString text;
        bool replaced = false; // an entry of that name was there and is now replaced
        bool unchanged = false; // the entry was there already, exactly as requested
    };

    // `text` empty or blank means a new file. Invalid JSON, a top level that is not an object, a
    // container that is not an object or a key that appears twice are refused; so is an existing
    // entry of that name unless `replace`.
    [[nodiscard]] static Result<Edit> upsert(const QString& text, const QString& containerKey, const QString& name,
        const OrderedJsonObject& entry, bool replace);

    // Null when `text` is valid JSON; else where and why it is not, as a sentence.
    [[nodiscard]] static Status checkSyntax(const QString& text);
};

} // namespace mcpauth
