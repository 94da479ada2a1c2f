// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkRecords.h"

#include <QCoreApplication>

namespace Rapport {

// What to do after an informational interview, as career centres teach it: thank them
// within 24 hours, connect on LinkedIn, and tell whoever referred you that you met.
class FollowUpProposals
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::FollowUpProposals)

public:
    // referrerName is empty when the user found the person themselves.
    static QList<FollowUp> afterInterview(
        const Meeting& meeting, const QString& contactName, const QString& referrerName, qint64 referrerId);
};

} // namespace Rapport
