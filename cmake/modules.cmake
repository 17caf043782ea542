# The module graph of compiler/modules.txt: one library per module (bp_<name>),
# linked along exactly the edges the table gives, so the build refuses a use
# across a missing edge at link time and the include-graph test at test time.

function(blueprint_read_modules)
  set(table "${PROJECT_SOURCE_DIR}/compiler/modules.txt")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${table}")
  file(STRINGS "${table}" lines REGEX "^[a-z_]+:")
  set(names "")
  foreach(line IN LISTS lines)
    string(REGEX MATCH "^([a-z_]+):(.*)$" matched "${line}")
    set(name "${CMAKE_MATCH_1}")
    string(STRIP "${CMAKE_MATCH_2}" deps)
    separate_arguments(deps)
    set_property(GLOBAL PROPERTY BLUEPRINT_MODULE_DEPS_${name} "${deps}")
    list(APPEND names "${name}")
  endforeach()
  set(BLUEPRINT_MODULES "${names}" PARENT_SCOPE)
endfunction()

# The modules bp_<name> links: its row of the table.
function(blueprint_module_deps name out)
  get_property(deps GLOBAL PROPERTY BLUEPRINT_MODULE_DEPS_${name})
  list(TRANSFORM deps PREPEND bp_)
  set(${out} "${deps}" PARENT_SCOPE)
endfunction()

# blueprint_module(NAME [SOURCES file.cpp...] [LIBS external targets...]): a
# module with no sources is header-only.
function(blueprint_module name)
  cmake_parse_arguments(M "" "" "SOURCES;LIBS" ${ARGN})
  blueprint_module_deps(${name} deps)
  if(M_SOURCES)
    add_library(bp_${name} STATIC ${M_SOURCES})
    target_link_libraries(bp_${name} PUBLIC blueprint_base ${deps} ${M_LIBS})
  else()
    add_library(bp_${name} INTERFACE)
    target_link_libraries(bp_${name} INTERFACE blueprint_base ${deps} ${M_LIBS})
  endif()
endfunction()
