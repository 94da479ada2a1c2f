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
};

// Something wrong with the input, reported as FILE:LINE: message.
struct ImportProblem {
    int line = 0; // 0 when the problem concerns the whole file
    QString message;

    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};

} // namespace Rapport
