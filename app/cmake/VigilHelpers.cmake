# Settings every Vigil target shares, applied per target (never directory-wide).
function(vigil_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
        if(VIGIL_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
        if(VIGIL_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    # Fuzzing without the sanitizers would only find crashes, not the memory
    # errors and undefined behaviour that come before them.
    if(VIGIL_SANITIZE OR VIGIL_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        # PUBLIC: a program that links an instrumented library needs the sanitizer
        # runtimes too, also one that does not use these defaults itself.
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
    if(VIGIL_FUZZ)
        # Coverage feedback for libFuzzer from all our code; the fuzz targets link
        # the fuzzer's own main(). Undefined behaviour stops the run, so libFuzzer
        # keeps the input that caused it.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined)
    endif()
endfunction()

# vigil_test_environment(OUT NAME): what every test runs with. A UTF-8 locale, and
# a home folder of the test's own in the build tree: Qt's test mode keeps settings
# and data under the home folder, so two tests running at once (one program run
# twice, as quickexit_test and quickexit_x11_test are) would otherwise share them,
# and the tests never touch the home of whoever runs them.
function(vigil_test_environment out name)
    set(home "${PROJECT_BINARY_DIR}/test-homes/${name}")
    file(MAKE_DIRECTORY "${home}")
    set(${out} "LANG=C.UTF-8;LC_ALL=C.UTF-8;HOME=${home}" PARENT_SCOPE)
endfunction()

# vigil_add_test(NAME SOURCES... LIBRARIES... LABELS... [ENVIRONMENT...] [WRAPPER SCRIPT])
# Every test gets the environment above, the offscreen platform and the test-data
# folder, so no test depends on the machine it runs on. A WRAPPER script runs the
# test program (say, under a window manager: one at a time, since the tests share
# the display and its keyboard focus).
function(vigil_add_test name)
    cmake_parse_arguments(ARG "" "WRAPPER" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    vigil_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        VIGIL_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        VIGIL_SOURCE_DATA_DIR="${PROJECT_SOURCE_DIR}/data")
    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    vigil_test_environment(environment ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT 300
        ENVIRONMENT "${environment};QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}")
    if(ARG_WRAPPER MATCHES "with-window-manager")
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK window-manager)
    endif()
endfunction()
