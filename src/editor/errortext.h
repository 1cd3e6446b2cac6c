// A PlanError in the interface's language. The core writes its messages in
// English (the CLI's language); the editor knows the ones a user meets with
// files — no such file, not a plan, damaged, written by a newer Planverk,
// cannot be written — and shows them translated, with the file and the place
// as they were. A message it does not know stays as the core wrote it.
#pragma once

#include "model/planerror.h"

#include <QString>

namespace planverk {

class ErrorText
{
public:
    /// "file:place: message", the message translated when it is a known one.
    static QString of(const PlanError &error);
    /// The message alone, translated when it is a known one.
    static QString message(const QString &english);
};

} // namespace planverk
