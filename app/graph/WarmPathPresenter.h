// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphPaths.h"

#include <QObject>

class QWidget;

namespace Rapport {

class GraphScene;
class GraphSidePanel;
class ReferralGraph;

// The warm path the user asked for, to a person or an organisation: highlighted in the scene,
// spelled out in the side panel, and found again in every new graph until cleared.
class WarmPathPresenter : public QObject
{
    Q_OBJECT

public:
    explicit WarmPathPresenter(GraphSidePanel* side, QObject* parent = nullptr);

    // Each returns false (and says why in the side panel) when no chain leads there.
    bool showTo(const ReferralGraph& graph, GraphScene& scene, qint64 contactId);
    bool showToOrganization(const ReferralGraph& graph, GraphScene& scene, const QString& organization);
    // Finds the path asked for again, in a new or changed graph; nothing when none was asked for.
    void refresh(const ReferralGraph& graph, GraphScene& scene);
    void clear(GraphScene& scene);
    // Asks for a person or an organisation (PathDialog) and shows the path there, or says why it
    // cannot. Returns the person chosen, 0 for an organisation or nobody.
    qint64 choose(const ReferralGraph& graph, GraphScene& scene, QWidget* parent);

private:
    void show(const ReferralGraph& graph, GraphScene& scene, const WarmPath& path, const QString& target);

    GraphSidePanel* m_side;
    qint64 m_contact = 0;
    QString m_organization;
};

} // namespace Rapport
