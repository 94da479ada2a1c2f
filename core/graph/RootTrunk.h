// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GraphLayout.h"

namespace Rapport {

// In the layered (left-to-right) layout Graphviz centres the root, Me, on its column of
// children. In a network of any size Me then sits halfway down a tree taller than the window,
// and a first view that starts at Me cuts the tree off above and below. This moves the root
// level with the first person it points to and draws its links as one trunk with a branch to
// each, so the tree reads like a page, from its top-left corner down.
namespace RootTrunk {

// Changes result in place. Leaves it as it is when the root was placed by hand, points to no
// one, or would overlap someone where it moves to.
void apply(const LayoutRequest& request, qint64 root, LayoutResult& result);

} // namespace RootTrunk

} // namespace Rapport
