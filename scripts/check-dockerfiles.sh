#!/usr/bin/env bash
# Offline checks of Dockerfiles (no Docker engine needed). Fails unless, in every Dockerfile:
#   - every FROM names an earlier stage or an image pinned to an exact version tag: no missing
#     tag, no `latest`, no bare major such as `25-jdk` (a digest after the tag is welcome);
#   - the image the file builds (its last stage) runs as a numeric, non-root USER;
#   - that stage has a HEALTHCHECK (not NONE).
# Build arguments are read with their defaults, so `FROM ${JRE_IMAGE}` is checked as built; a
# USER or HEALTHCHECK set in a stage is inherited by the stages built FROM it.
#
# Usage: scripts/check-dockerfiles.sh [DOCKERFILE...]   (default: every Dockerfile in the repo)
set -euo pipefail

declare -A vars globals
problems=0

problem() {
  echo "$1: $2" >&2
  problems=$((problems + 1))
}

# Replaces $NAME, ${NAME} and ${NAME:-default} in $2 by the values in the array named $1.
substitute() {
  local -n table=$1
  local text=$2 name value default
  while [[ $text =~ \$\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*) ]]; do
    name=${BASH_REMATCH[1]:-${BASH_REMATCH[4]}}
    default=${BASH_REMATCH[3]}
    value=${table[$name]-$default}
    if [ -z "$value" ]; then
      value="<unset:$name>"
    fi
    text=${text/"${BASH_REMATCH[0]}"/$value}
  done
  printf '%s' "$text"
}

# Succeeds when an image reference carries an exact version tag.
pinned() {
  local ref=${1%%@*} last tag
  last=${ref##*/}
  [[ $last == *:* ]] || return 1
  tag=${last##*:}
  [[ $tag != latest && $tag =~ ^v?[0-9]+\.[0-9]+ ]]
}

check_file() {
  local file=$1 line keyword rest word name ref alias stage=-1 final parent user health uid seen_from=0
  local -a words
  local -A stage_index=() stage_user=() stage_health=() stage_parent=()
  vars=()
  globals=()

  # Joins continuation lines and drops comments and blank lines.
  while IFS= read -r line; do
    keyword=${line%%[[:space:]]*}
    keyword=${keyword^^}
    rest=${line#"${line%%[[:space:]]*}"}
    rest=${rest#"${rest%%[![:space:]]*}"}
    case $keyword in
      ARG)
        read -r -a words <<<"$rest"
        for word in "${words[@]}"; do
          if [[ $word == *=* ]]; then
            name=${word%%=*}
            [ -n "${vars[$name]+set}" ] || vars[$name]=$(substitute vars "${word#*=}")
            # shellcheck disable=SC2034 # read by substitute through a name reference
            [ "$seen_from" = 1 ] || globals[$name]=${vars[$name]}
          fi
        done
        ;;
      ENV)
        if [[ $rest =~ ^([A-Za-z_][A-Za-z0-9_]*)[[:space:]]+(.*)$ && $rest != *=* ]]; then
          vars[${BASH_REMATCH[1]}]=$(substitute vars "${BASH_REMATCH[2]}")
        else
          read -r -a words <<<"$rest"
          for word in "${words[@]}"; do
            [[ $word == *=* ]] && vars[${word%%=*}]=$(substitute vars "${word#*=}")
          done
        fi
        ;;
      FROM)
        seen_from=1
        read -r -a words <<<"$rest"
        while [[ ${words[0]:-} == --* ]]; do words=("${words[@]:1}"); done
        # FROM sees only the arguments declared before the first FROM
        ref=$(substitute globals "${words[0]:-}")
        alias=
        if [ "${#words[@]}" -ge 3 ] && [ "${words[1]^^}" = AS ]; then alias=${words[2],,}; fi
        stage=$((stage + 1))
        stage_parent[$stage]=
        if [ -n "${stage_index[${ref,,}]+set}" ]; then
          stage_parent[$stage]=${stage_index[${ref,,}]}
        elif [[ $ref == *"<unset:"* ]]; then
          problem "$file" "FROM $ref: a build argument without a default"
        elif [ "$ref" != scratch ] && ! pinned "$ref"; then
          problem "$file" "FROM $ref is not pinned to an exact version tag"
        fi
        [ -z "$alias" ] || stage_index[$alias]=$stage
        ;;
      USER)
        stage_user[$stage]=$(substitute vars "${rest%%[[:space:]]*}")
        ;;
      HEALTHCHECK)
        if [[ ${rest^^} =~ ^NONE([[:space:]]|$) ]]; then stage_health[$stage]=none; else stage_health[$stage]=yes; fi
        ;;
    esac
  done < <(sed -e ':join' -e '/\\$/{N;s/\\\n//;b join' -e '}' "$file" | grep -Ev '^[[:space:]]*(#|$)')

  if [ "$seen_from" = 0 ]; then
    problem "$file" "no FROM"
    return
  fi
  final=$stage
  user='' health=''
  parent=$final
  while [ -n "$parent" ]; do
    [ -n "$user" ] || user=${stage_user[$parent]:-}
    [ -n "$health" ] || health=${stage_health[$parent]:-}
    parent=${stage_parent[$parent]:-}
  done
  uid=${user%%:*}
  if [ -z "$user" ]; then
    problem "$file" "the image runs as root: no USER in its last stage"
  elif [ "$uid" = root ] || [[ $uid =~ ^0+$ ]]; then
    problem "$file" "USER $user is root"
  elif [[ ! $uid =~ ^[0-9]+$ ]]; then
    problem "$file" "USER $user: use a numeric uid, so that runAsNonRoot can verify it"
  fi
  if [ "$health" != yes ]; then
    problem "$file" "no HEALTHCHECK in its last stage"
  fi
}

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  cd "$(dirname "$0")/.."
  mapfile -t files < <(find . \( -name .git -o -name target -o -name node_modules \) -prune -o \
    -type f \( -name Dockerfile -o -name 'Dockerfile.*' -o -name '*.Dockerfile' \) -print | sort)
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "No Dockerfile found" >&2
  exit 1
fi
for file in "${files[@]}"; do
  check_file "$file"
done
if [ "$problems" -gt 0 ]; then
  echo "$problems problem(s) in ${#files[@]} Dockerfile(s)" >&2
  exit 1
fi
echo "Dockerfiles pinned, non-root, with a HEALTHCHECK: ${files[*]}"
