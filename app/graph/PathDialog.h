// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReferralGraph.h"

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace Rapport {

// Asks "a path to whom?": one person, or anyone at an organisation. Typing filters the list;
// one Enter runs the search, and the dialog opens over the window it was asked from.
class PathDialog : public QDialog
{
    Q_OBJECT

public:
    PathDialog(const ReferralGraph& graph, qint64 suggestedContact, QWidget* parent = nullptr);

    bool toOrganization() const;
    qint64 contactId() const;
    // When contactId() is 0: the people the typed text could mean (none, or several).
    QStringList candidates() const;
    // What was typed or picked, as text: an organisation, or a name to report back.
    QString typedText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();

    const ReferralGraph& m_graph;
    QRadioButton* m_person;
    QRadioButton* m_organization;
    QComboBox* m_target;
    QList<qint64> m_ids; // beside each person in m_target
};

} // namespace Rapport
