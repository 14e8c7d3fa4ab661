# str methods applied across many kinds of strings, compared with CPython.
out = []
try:
    out.append(repr(''.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(''.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('Hello World'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('  padded  '.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('a,b,,c'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('ÄbÇ ß'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('line1\nline2\r\nline3'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('123'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('-4.5'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('x\ty'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('MiXeD cAsE 9x'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.upper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.lower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.title()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.capitalize()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.swapcase()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.casefold()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.strip()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.lstrip('a ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.rstrip('d ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.split()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.split(',')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.split(',', 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.rsplit(None, 1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.splitlines()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.partition(' ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.rpartition('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.find('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.rfind('l')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.index('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.count('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.count('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.replace('a', 'AA')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.replace('', '-')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.startswith('H')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.endswith(('d', 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.center(15, '*')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.ljust(14, '.')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.rjust(3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.zfill(8)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.expandtabs(4)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isalpha()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isdigit()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isnumeric()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isalnum()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isspace()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isupper()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.islower()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.istitle()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isidentifier()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isprintable()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.isascii()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.encode()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.removeprefix('He')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.removesuffix('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.join(['x', 'y'])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.__len__()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.__contains__('a')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.__getitem__(slice(None, None, -1))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.__mul__(2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.format()))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr('aaa'.translate({97: 'A'})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
for i in range(0, len(out), 6):
    print(' | '.join(out[i:i+6]))
