#pragma once

#include "Contact.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rapport {

// One contact read from an import file, before it is matched against the network.
struct ImportRecord {
    Contact contact; // id 0; uuid set only when the file carries ours (vCard UID, JSON uuid)
    QStringList referredBy; // names of whoever referred this person ("Referred By", vCard RELATED)
    int line = 0; // 1-based line where the record starts in the file
    QString formattedName; // a vCard's FN as written; empty for other formats
};

// Something wrong with the input, reported as FILE:LINE: message.
struct ImportProblem {
    // An error costs its row (or the file, at line 0). A warning costs only the part it names: the row is still
    // imported, and the file is not refused for it (a vCard line that cannot be read, skipped from its card).
    enum class Severity { Error, Warning };

    int line = 0; // 0 when the problem concerns the whole file
    QString message;
    Severity severity = Severity::Error;

    bool isWarning() const { return severity == Severity::Warning; }

    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};

} // namespace Rapport
