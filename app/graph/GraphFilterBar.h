// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphScope.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Rapport {

// What the graph shows: one tag, stage or organisation, the people near the selected contact,
// and whether contacts with no link at all hang off Me. A row that wraps rather than a tool
// bar: in a long language or at a large scale nothing hides behind a » button.
class GraphFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit GraphFilterBar(QWidget* parent = nullptr);

    // The chosen filter, around focusId when a number of steps is chosen.
    GraphFilter filter(qint64 focusId) const;
    // True when only the neighbourhood of the selected contact is shown (it moves with the selection).
    bool followsSelection() const;
    // True when the tag, stage or organisation filter is set: an edit may move someone in or out.
    bool filtersContacts() const;
    // True once the user ticked or unticked Unlinked themselves; until then it follows the network.
    bool unreferredChosen() const { return m_unreferredChosen; }
    void setUnreferredDefault(bool show);
    // The tags and organisations offered; the current choices are kept when still there.
    void setChoices(const QStringList& tags, const QStringList& organizations);
    // What is shown, and what the filters and limits leave out, in a line.
    static QString summary(const VisibleGraph& visible);
    // A new network: the user's Unlinked choice no longer applies.
    void forgetUnreferredChoice() { m_unreferredChosen = false; }

signals:
    // A choice that lays the graph out again at once.
    void filterChanged();
    // The number of steps, which the user may click through quickly.
    void hopsChanged();

private:
    // The tooltip says the whole choice, which a narrow box may cut.
    static void showChoiceInTooltip(QComboBox* box);

    QComboBox* m_tagFilter;
    QComboBox* m_stageFilter;
    QComboBox* m_organizationFilter;
    QSpinBox* m_hops;
    QCheckBox* m_showUnreferred;
    bool m_unreferredChosen = false;
};

} // namespace Rapport
