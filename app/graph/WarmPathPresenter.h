// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphPaths.h"

#include <QObject>

class QWidget;

namespace Rapport {

class GraphScene;
class GraphPathBar;
class ReferralGraph;

// The warm path the user asked for, to a person or an organisation: highlighted in the scene,
// spelled out in the bar above the graph, and found again in every new graph until cleared.
class WarmPathPresenter : public QObject
{
    Q_OBJECT

public:
    explicit WarmPathPresenter(GraphPathBar* bar, QObject* parent = nullptr);

    // Each returns false (and says why in the bar) when no chain leads there.
    bool showTo(const ReferralGraph& graph, GraphScene& scene, qint64 contactId);
    bool showToOrganization(const ReferralGraph& graph, GraphScene& scene, const QString& organization);
    // Finds the path asked for again, in a new or changed graph; nothing when none was asked for.
    void refresh(const ReferralGraph& graph, GraphScene& scene);
    void clear(GraphScene& scene);
    // What choose() did: the person asked for (0 for an organisation or nobody), and whether a
    // path was found and shown.
    struct Choice {
        qint64 contact = 0;
        bool found = false;
    };
    // Asks for a person or an organisation (PathDialog) and shows the path there, or says why it
    // cannot.
    Choice choose(const ReferralGraph& graph, GraphScene& scene, QWidget* parent);
    // The path on show; empty when none is.
    const WarmPath& path() const { return m_path; }

private:
    void show(const ReferralGraph& graph, GraphScene& scene, const WarmPath& path, const QString& target);

    GraphPathBar* m_bar;
    qint64 m_contact = 0;
    QString m_organization;
    WarmPath m_path;
};

} // namespace Rapport
