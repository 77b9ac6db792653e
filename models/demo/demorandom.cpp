// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/demo/demorandom.h"

#include <cmath>
#include <numbers>

namespace Flowdesk::Demo {

namespace {

quint64 splitMix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    // xoshiro must not start from an all-zero state; splitmix64 never yields four zeros.
    for (quint64 &word : m_state)
        word = splitMix64(seed);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

qint64 DemoRandom::integer(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    // The modulo bias is below 2^-40 for the small spans used here.
    return low + qint64(next() % span);
}

double DemoRandom::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    // Box-Muller; 1 - uniform() keeps the logarithm's argument above zero.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    m_spareNormal = radius * std::sin(angle);
    m_hasSpareNormal = true;
    return radius * std::cos(angle);
}

double DemoRandom::logUniform(double low, double high)
{
    return std::exp(uniform(std::log(low), std::log(high)));
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

QString DemoRandom::hex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString text(length, Qt::Uninitialized);
    quint64 bits = 0;
    for (int i = 0; i < length; ++i) {
        if (i % 16 == 0)
            bits = next();
        text[i] = QLatin1Char(digits[bits & 0xf]);
        bits >>= 4;
    }
    return text;
}

} // namespace Flowdesk::Demo
