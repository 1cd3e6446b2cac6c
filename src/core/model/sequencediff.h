// The shortest edit script between two sequences: Myers' O(ND) difference
// algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986), used
// for lines and words of texts (worddiff) and for the order of siblings
// (plandiff). Common prefix and suffix are stripped first; past `maxEdits`
// edits the middle is reported as deleted and inserted whole, so the cost
// stays bounded for texts that have nothing in common.
#pragma once

#include <QList>

#include <algorithm>
#include <vector>

namespace planverk {

enum class EditOp { Same, Delete, Insert };

struct Edit {
    EditOp op;
    int a; // index in the first sequence (Same, Delete)
    int b; // index in the second sequence (Same, Insert)
};

template<class Seq>
QList<Edit> shortestEdit(const Seq &x, const Seq &y, int maxEdits = 2000)
{
    const int n = int(x.size()), m = int(y.size());
    int pre = 0;
    while (pre < n && pre < m && x[pre] == y[pre])
        ++pre;
    int suf = 0;
    while (suf < n - pre && suf < m - pre && x[n - 1 - suf] == y[m - 1 - suf])
        ++suf;
    QList<Edit> out;
    for (int i = 0; i < pre; ++i)
        out.append({EditOp::Same, i, i});
    const int N = n - pre - suf, M = m - pre - suf;
    auto whole = [&] {
        for (int i = 0; i < N; ++i)
            out.append({EditOp::Delete, pre + i, -1});
        for (int j = 0; j < M; ++j)
            out.append({EditOp::Insert, -1, pre + j});
    };
    if (N == 0 || M == 0) {
        whole();
    } else {
        const int limit = std::min(N + M, maxEdits);
        const int offset = limit + 1;
        std::vector<int> v(2 * size_t(limit) + 3, 0);
        std::vector<std::vector<int>> trace;
        int found = -1;
        for (int d = 0; d <= limit && found < 0; ++d) {
            trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1)); // v[-d..d] before step d
            for (int k = -d; k <= d; k += 2) {
                int i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int j = i - k;
                while (i < N && j < M && x[pre + i] == y[pre + j]) {
                    ++i;
                    ++j;
                }
                v[offset + k] = i;
                if (i >= N && j >= M) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            whole();
        } else {
            // Walk back through the saved frontiers.
            QList<Edit> middle;
            int i = N, j = M;
            for (int d = found; d > 0; --d) {
                const std::vector<int> &pv = trace[size_t(d)]; // frontier before step d: indexes -d..d → pv[k + d]
                auto at = [&](int k) { return (k < -(d - 1) || k > d - 1) ? -1 : pv[size_t(k + d)]; };
                const int k = i - j;
                const bool down = (k == -d || (k != d && at(k - 1) < at(k + 1)));
                const int pk = down ? k + 1 : k - 1;
                const int pi = at(pk);
                const int pj = pi - pk;
                const int si = down ? pi : pi + 1; // where the snake began
                while (i > si && j > si - k) {
                    --i;
                    --j;
                    middle.append({EditOp::Same, pre + i, pre + j});
                }
                if (down)
                    middle.append({EditOp::Insert, -1, pre + pj});
                else
                    middle.append({EditOp::Delete, pre + pi, -1});
                i = pi;
                j = pj;
            }
            while (i > 0 && j > 0) {
                --i;
                --j;
                middle.append({EditOp::Same, pre + i, pre + j});
            }
            std::reverse(middle.begin(), middle.end());
            out.append(middle);
        }
    }
    for (int i = 0; i < suf; ++i)
        out.append({EditOp::Same, n - suf + i, m - suf + i});
    return out;
}

} // namespace planverk
