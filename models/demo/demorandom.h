// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Flowdesk::Demo {

/// A small seeded generator (xoshiro256**) with its own distributions, so that a seed gives the
/// same demo data with every compiler and standard library (std::*_distribution do not).
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    /// Uniform in [0, 1).
    double uniform();
    double uniform(double low, double high);
    /// Uniform in [low, high], both included.
    qint64 integer(qint64 low, qint64 high);
    /// Standard normal.
    double normal();
    /// Log-uniform in [low, high]; both must be positive.
    double logUniform(double low, double high);
    bool chance(double probability);
    /// Lower-case hexadecimal text of the given length.
    QString hex(int length);

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(integer(0, items.size() - 1)));
    }

private:
    quint64 m_state[4] = {};
    double m_spareNormal = 0;
    bool m_hasSpareNormal = false;
};

} // namespace Flowdesk::Demo
