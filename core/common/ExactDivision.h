#pragma once

namespace storelens {

// 128-bit integers for the exact intermediate products of money arithmetic
// (an amount times a rate, a sum times a power of ten). GCC and Clang extension.
__extension__ typedef __int128 Int128;

inline Int128 powerOfTen(int n)
{
    Int128 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

// a / b rounded half away from zero (2.5 -> 3, -2.5 -> -3), StoreLens's one
// rounding rule for money and rates. b must not be zero.
inline Int128 divideRounded(Int128 a, Int128 b)
{
    if (b < 0) {
        a = -a;
        b = -b;
    }
    Int128 q = a / b;
    const Int128 r = a % b;
    if (2 * (r < 0 ? -r : r) >= b)
        q += a < 0 ? -1 : 1;
    return q;
}

} // namespace storelens
