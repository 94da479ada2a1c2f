# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The vCard reader's libFuzzer target; included from tests/fuzz/CMakeLists.txt. libFuzzer needs clang.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    add_executable(fuzz_vcard ${CMAKE_CURRENT_LIST_DIR}/fuzz_vcard.cpp)
    target_link_libraries(fuzz_vcard PRIVATE rapport_options rapport_core Qt6::Core)
    target_compile_options(fuzz_vcard PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
    target_link_options(fuzz_vcard PRIVATE -fsanitize=fuzzer,address,undefined)
endif()
