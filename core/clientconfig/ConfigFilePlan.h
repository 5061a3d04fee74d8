#pragma once

#include <QByteArray>
#include <QString>

namespace mcpauth {

// What writing a client configuration would do to its file, worked out before anything is written
// so that the user can review the diff (ConfigFileWriter::plan, then ConfigFileWriter::write).
struct ConfigFilePlan
{
    QString path;
    bool exists = false;
    QByteArray oldContent; // the file as read, to notice a change between review and write
    QByteArray newContent;
    QString diff; // unified diff, empty when unchanged
    bool replaced = false; // an entry of the same name is replaced
    bool unchanged = false; // the entry is already there as requested: nothing to write
};

} // namespace mcpauth
